import { http, type RequestHandler } from 'msw';
import { renderDialect } from '../../mocks/kit/dialect.ts';
import type { Dialect, EndpointDef } from '../../mocks/types.ts';
import { compileCatalogue } from '../runtime/endpoints.ts';
import { createdItem, findItem, withItems } from './created-items.ts';
import { decodeSegment } from './decode-segment.ts';
import type { EndpointData, StoredResponse } from './format.ts';

/** What the generic handlers serve: a generated provider's catalogue, dialect and endpoint data. */
export interface ReplaySource {
  name: string;
  catalogue: readonly EndpointDef[];
  dialect: Dialect;
  endpoints: Record<string, EndpointData>;
}

function send(stored: StoredResponse, body: unknown = stored.body): Response {
  const headers = new Headers(stored.headers);
  if (body === null || body === undefined || stored.status === 204 || stored.status === 304) return new Response(null, { status: stored.status, headers });
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  if (!headers.has('content-type')) headers.set('content-type', typeof body === 'string' ? 'text/plain' : 'application/json; charset=utf-8');
  return new Response(text, { status: stored.status, headers });
}

async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const trimSlash = (path: string) => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path);

/**
 * Fresh handlers for a generated provider: one MSW handler that finds the endpoint in the catalogue and answers
 * from its data (answers replayed in order, the last repeating), keeping created items per collection path;
 * a path no endpoint has gets the dialect's not-found answer.
 */
export function createReplayHandlers(source: ReplaySource): RequestHandler[] {
  const match = compileCatalogue(source.catalogue);
  const served = new Map<string, number>();
  const created = new Map<string, unknown[]>();
  const dialect = (kind: string, fallbackStatus: number): Response => {
    const entry = source.dialect[kind];
    if (entry) return renderDialect(entry);
    return Response.json({ error: `brownout: ${source.name} has no dialect entry "${kind}"` }, { status: fallbackStatus });
  };

  return [
    http.all('*', async ({ request }) => {
      const url = new URL(request.url);
      const def = match(request.method, url.pathname);
      const data = def && source.endpoints[def.endpoint];
      if (!def || !data || data.responses.length === 0) return dialect('not-found', 404);
      const count = served.get(def.endpoint) ?? 0;
      served.set(def.endpoint, count + 1);
      const stored = data.responses[Math.min(count, data.responses.length - 1)]!;
      const role = data.collection;
      const path = trimSlash(url.pathname);
      if (role?.role === 'create' || data.requiredBody) {
        const body = await jsonBody(request);
        // Required fields are checked on JSON bodies only: the document's other media types are not modelled.
        const json = !/\S/.test(request.headers.get('content-type') ?? '') || /json/i.test(request.headers.get('content-type')!);
        const missing = json ? (data.requiredBody ?? []).filter((field) => body === null || typeof body !== 'object' || !(field in body)) : [];
        if (missing.length > 0) return dialect('validation', 422);
        if (role?.role === 'create' && stored.status < 300) {
          const items = created.get(path) ?? [];
          const item = createdItem(stored.body, body, items);
          created.set(path, [...items, item]);
          return send(stored, item);
        }
      }
      if (role?.role === 'list' && stored.status < 300) return send(stored, withItems(stored.body, created.get(path) ?? []));
      if (role?.role === 'item' && stored.status < 300) {
        const at = path.lastIndexOf('/');
        const item = findItem(created.get(path.slice(0, at)) ?? [], decodeSegment(path.slice(at + 1)));
        if (item !== undefined) return send(stored, item);
      }
      return send(stored);
    }),
  ];
}
