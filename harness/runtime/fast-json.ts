import { HttpResponse } from 'msw';
import { bufferedBodies } from './node-http.ts';

// msw marks a Content-Type it chose itself (not the handler) with this symbol; kept as msw does.
const kDefaultContentType = Symbol.for('kDefaultContentType');
let installed = false;

type Init = ConstructorParameters<typeof HttpResponse>[1];

/** What msw's `HttpResponse.json`/`.text` build, with the bytes kept aside and measured without a Blob. */
function withBytes(text: string | undefined, contentType: string, init: Init): Response {
  const headers = new Headers(init?.headers);
  const explicitType = headers.has('Content-Type');
  if (!explicitType) headers.set('Content-Type', contentType);
  const bytes = text ? Buffer.from(text) : null;
  if (!headers.has('Content-Length')) headers.set('Content-Length', String(bytes?.length ?? 0));
  const response = new HttpResponse(text, { ...init, headers });
  if (!explicitType) Object.defineProperty(response, kDefaultContentType, { value: true, enumerable: false });
  // The bridge writes these bytes back instead of reading the body stream (see bufferedBodies).
  if (bytes) bufferedBodies.set(response, bytes);
  return response;
}

/**
 * Makes msw's `HttpResponse.json` and `HttpResponse.text` cheaper for the mock runtime, same answer: they
 * measure Content-Length with a Blob (a transferable object per response, the largest cost per request in the
 * runtime's profile); here the UTF-8 bytes are encoded once, measured, and kept for the bridge to write back
 * without reading the body stream. Status, headers, body and msw's default-content-type mark are unchanged
 * (fast-json.test.ts compares both). Idempotent; handlers keep using msw's public API.
 */
export function installFastJson(): void {
  if (installed) return;
  installed = true;
  const originalText = HttpResponse.text.bind(HttpResponse);
  HttpResponse.json = ((body: unknown, init?: Init) => withBytes(JSON.stringify(body), 'application/json', init)) as typeof HttpResponse.json;
  HttpResponse.text = ((body?: string | null, init?: Init) =>
    typeof body === 'string' || body == null ? withBytes(body ?? undefined, 'text/plain', init) : originalText(body, init)) as typeof HttpResponse.text;
}
