import type { EndpointDef } from '../../../mocks/types.ts';
import type { EndpointData } from '../format.ts';
import { catalogueEntry } from '../catalogue-entry.ts';
import { linkCollections } from '../collections.ts';
import { exampleOf, pickMedia } from './examples.ts';
import { ProviderSourceError } from '../source-error.ts';
import type { OpenApiDocument } from './read-document.ts';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;

/** `#/paths/~1repos~1{owner}` for a path template: RFC 6901 escaping. */
export const pointerTo = (...parts: string[]) => `#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** Where the document says it is served: real hosts, and a path prefix every operation's path gets. */
export function serverOf(doc: OpenApiDocument): { hosts: string[]; basePath: string } {
  const [server] = Array.isArray(doc.servers) ? (doc.servers as Obj[]) : [];
  if (!server || typeof server.url !== 'string') return { hosts: [], basePath: '' };
  const variables = isObject(server.variables) ? server.variables : {};
  const url = server.url.replace(/\{([^}]+)\}/g, (_, name: string) => String((variables[name] as Obj | undefined)?.default ?? name));
  try {
    const parsed = new URL(url, 'http://relative.invalid');
    const basePath = parsed.pathname.replace(/\/+$/, '');
    return { hosts: parsed.hostname === 'relative.invalid' ? [] : [parsed.hostname], basePath };
  } catch {
    return { hosts: [], basePath: '' };
  }
}

function summaryOf(op: Obj, id: string): string {
  const text = [op.summary, op.operationId, op.description].find((v): v is string => typeof v === 'string' && v.trim() !== '') ?? id;
  const line = text.trim().split('\n')[0]!;
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

/** The happy-path status an operation answers with: its lowest declared 2xx (or 2XX), else `default`. */
function successStatus(responses: Obj): { key: string; status: number } | null {
  const codes = Object.keys(responses).filter((k) => /^2(\d\d|XX)$/i.test(k)).sort();
  if (codes[0]) return { key: codes[0], status: /XX/i.test(codes[0]) ? 200 : Number(codes[0]) };
  return 'default' in responses ? { key: 'default', status: 200 } : null;
}

/** What the operations of a document give: the catalogue, each endpoint's data, and warnings. */
export interface Operations {
  catalogue: EndpointDef[];
  endpoints: Record<string, EndpointData>;
  warnings: string[];
}

/**
 * One catalogue entry per operation (id: method + the document's path template, after the server's base
 * path), its documented happy-path answer, and the create-then-list relations the paths make inferable.
 * Throws a ProviderSourceError listing every path template that cannot be an endpoint.
 */
export function readOperations(doc: OpenApiDocument, file: string, basePath: string): Operations {
  const catalogue: EndpointDef[] = [];
  const endpoints: Record<string, EndpointData> = {};
  const errors: string[] = [];
  const skipped: string[] = [];
  const sampled: string[] = [];
  const noBody: string[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const at = pointerTo('paths', template);
    if (!/^\/\S*$/.test(template)) {
      errors.push(`${file}${at}: a path template must start with "/" and hold no spaces, got ${JSON.stringify(template)}`);
      continue;
    }
    if (!isObject(item)) continue;
    if ('trace' in item) skipped.push(`${at}/trace (TRACE is not a method brownout serves)`);
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const upper = method.toUpperCase();
      const path = `${basePath}${template}`;
      const id = `${upper} ${path}`;
      if (isObject(op.callbacks)) skipped.push(`${pointerTo('paths', template, method, 'callbacks')} (callbacks are outgoing calls; brownout mocks incoming ones)`);
      const responses = isObject(op.responses) ? op.responses : {};
      const success = successStatus(responses);
      const response = success ? (responses[success.key] as Obj) : {};
      const example = exampleOf(pickMedia(response.content), doc);
      if (example?.sampled) sampled.push(id);
      if (!example && success?.status !== 204 && isObject(response.content)) noBody.push(id);
      const media = pickMedia(response.content);
      const status = success?.status ?? 200;
      const headers: Record<string, string> = media && example ? { 'content-type': /json/i.test(media.type) && !/charset/i.test(media.type) ? `${media.type}; charset=utf-8` : media.type } : {};
      const data: EndpointData = { responses: [{ status, ...(Object.keys(headers).length > 0 ? { headers } : {}), body: example?.body ?? null }] };
      const bodySchema = pickMedia((op.requestBody as Obj | undefined)?.content)?.schema;
      if (Array.isArray(bodySchema?.required) && bodySchema.required.length > 0) data.requiredBody = bodySchema.required.filter((f): f is string => typeof f === 'string');
      catalogue.push(catalogueEntry(upper, path, summaryOf(op, id)));
      endpoints[id] = data;
    }
  }
  if (errors.length > 0) throw new ProviderSourceError(`${errors.length} path template(s) cannot be endpoints:\n  ${errors.join('\n  ')}`);
  if (catalogue.length === 0) throw new ProviderSourceError(`${file}${pointerTo('paths')}: the document has no operations (get, post, put, patch, delete, head, options); a provider needs at least one.`);
  linkCollections(catalogue, endpoints);
  const warnings: string[] = [];
  if (skipped.length > 0) warnings.push(`skipped ${skipped.length} unsupported construct(s): ${skipped.slice(0, 5).join('; ')}${skipped.length > 5 ? `; and ${skipped.length - 5} more` : ''}`);
  if (sampled.length > 0) warnings.push(`${sampled.length} endpoint(s) have no example; their bodies were sampled from the schema (e.g. ${sampled.slice(0, 3).join(', ')})`);
  if (noBody.length > 0) warnings.push(`${noBody.length} endpoint(s) declare a body with neither example nor a usable schema; they answer without one (e.g. ${noBody.slice(0, 3).join(', ')})`);
  return { catalogue, endpoints, warnings };
}
