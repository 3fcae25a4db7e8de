import { http, type RequestHandler } from 'msw';
import type { ProviderDefinition } from '../../mocks/types.ts';
import { compileCatalogue } from './endpoints.ts';

/** Where a provider's calls may go for real: a sandbox's base URL, and which calls (see ProviderDefinition). */
export type Passthrough = NonNullable<ProviderDefinition['passthrough']>;

// Transport headers: never forwarded, and not relayed from a body fetch() already decoded.
const NOT_FORWARDED = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'accept-encoding', 'upgrade', 'te']);
const NOT_RELAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);
const UPSTREAM_TIMEOUT_MS = 30_000;

/**
 * The provider's handlers behind one that forwards calls to its real upstream (all of them, or those no
 * catalogue endpoint matches); `onForward` hears the request id of each forwarded call, for the journal.
 * An upstream that does not answer gets a 502 naming it.
 */
export function withPassthrough(definition: ProviderDefinition, passthrough: Passthrough, handlers: RequestHandler[], onForward: (requestId: string) => void): RequestHandler[] {
  const match = compileCatalogue(definition.catalogue);
  const upstream = new URL(passthrough.url);
  const prefix = upstream.pathname.replace(/\/+$/, '');
  const forward = http.all('*', async ({ request, requestId }) => {
    const url = new URL(request.url);
    if (passthrough.calls === 'unmatched' && match(request.method, url.pathname)) return undefined;
    onForward(requestId);
    const headers = new Headers();
    for (const [name, value] of request.headers) if (!NOT_FORWARDED.has(name)) headers.set(name, value);
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : new Uint8Array(await request.arrayBuffer());
    const target = new URL(`${prefix}${url.pathname}${url.search}`, upstream.origin);
    try {
      const response = await fetch(target, { method: request.method, headers, body: body && body.length > 0 ? body : undefined, redirect: 'manual', signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS) });
      const relayed = new Headers([...response.headers].filter(([name]) => !NOT_RELAYED.has(name)));
      return new Response(await response.arrayBuffer(), { status: response.status, statusText: response.statusText, headers: relayed });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      return Response.json({ error: `brownout: pass-through of ${request.method} ${url.pathname} to ${target.href} failed: ${cause}. Check providers.passthrough.${definition.name} and that the sandbox is up.`, status: 502 }, { status: 502 });
    }
  });
  return passthrough.calls === 'all' ? [forward] : [forward, ...handlers];
}
