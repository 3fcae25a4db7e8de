import type { IncomingMessage, ServerResponse } from 'node:http';
import { INTERNAL_HEADER_PREFIX } from '../../mocks/kit/effect.ts';

const NOT_COPIED = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'set-cookie']);

/** Bodies of responses built from bytes already read, so writing them back needs no second read. */
export const bufferedBodies = new WeakMap<Response, Buffer<ArrayBuffer>>();

/** A request body past the provider's limit: the bridge answers 413 without reading the rest. */
export class BodyTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`brownout: the request body is larger than ${limitBytes} bytes`);
  }
}

/**
 * The whole body, or null when empty; rejects with BodyTooLarge past `maxBytes` (declared or read, the rest
 * left unread and the socket kept for the answer), else when the client goes away mid-body.
 */
export function readBody(req: IncomingMessage, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) return Promise.reject(new BodyTooLarge(maxBytes));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      reject(new BodyTooLarge(maxBytes));
    };
    req.on('data', onData);
    req.once('end', () => resolve(size > 0 ? Buffer.concat(chunks) : null));
    req.once('error', reject);
    req.once('close', () => reject(new Error('brownout: the client closed the connection mid-body')));
  });
}

/** Writes a Fetch Response to a Node response: status, headers (brownout's own stripped), every Set-Cookie, body. */
export async function send(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  // `HttpResponse.error()` is a network error in msw: the closest a socket gets is a reset.
  if (response.type === 'error') return act(req, 'reset');
  const body = req.method === 'HEAD' ? null : (bufferedBodies.get(response) ?? Buffer.from(await response.arrayBuffer()));
  if (res.destroyed || res.headersSent) return;
  setHead(res, response, body?.length ?? null);
  res.end(body ?? undefined);
}

/** Sets status and headers of a Fetch Response on a Node response (brownout's own stripped, every Set-Cookie kept). */
export function setHead(res: ServerResponse, response: Response, contentLength: number | null): void {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  response.headers.forEach((value, name) => {
    if (!NOT_COPIED.has(name) && !name.startsWith(INTERNAL_HEADER_PREFIX)) res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (contentLength !== null) res.setHeader('content-length', contentLength);
}

/** What only a socket can do: `reset` (RST), `empty` (FIN without a byte), `hang` (nothing, ever). */
export function act(req: IncomingMessage, action: 'reset' | 'hang' | 'empty'): void {
  if (req.socket.destroyed) return;
  if (action === 'reset') req.socket.resetAndDestroy();
  // A FIN with no HTTP bytes at all.
  else if (action === 'empty') req.socket.destroySoon();
  // 'hang': never answer; the exchange settles when the client (or close()) ends the socket.
}

/** The request's absolute URL (its Host header as origin). */
export function parseUrl(req: IncomingMessage): URL {
  const path = req.url ?? '/';
  try {
    return new URL(path, `http://${req.headers.host ?? 'localhost'}`);
  } catch {
    return new URL(path, 'http://localhost');
  }
}

/** The request's headers as Fetch Headers, repeated ones kept. */
export function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  return headers;
}
