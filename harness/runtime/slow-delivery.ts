import type { IncomingMessage, ServerResponse } from 'node:http';
import { sleep } from '../faults/params.ts';
import type { SocketAction } from '../faults/types.ts';
import { act, bufferedBodies, setHead } from './node-http.ts';

// Lets bytes just written reach the client before a reset, which would otherwise discard them on arrival (ms).
const FLUSH_MS = 15;

async function bodyOf(req: IncomingMessage, response: Response): Promise<Buffer> {
  if (req.method === 'HEAD') return Buffer.alloc(0);
  return bufferedBodies.get(response) ?? Buffer.from(await response.arrayBuffer());
}

const written = (res: ServerResponse, chunk: Buffer) => new Promise<void>((resolve) => res.write(chunk, () => resolve()));

/**
 * Sends status and headers (with the full Content-Length) at once, then the body in `chunks` even pieces, the
 * last one `overMs` after the headers. Stops when the client leaves (`signal`).
 */
export async function dribble(req: IncomingMessage, res: ServerResponse, response: Response, overMs: number, chunks: number, signal: AbortSignal): Promise<void> {
  const body = await bodyOf(req, response);
  if (res.destroyed || res.headersSent) return;
  setHead(res, response, req.method === 'HEAD' ? null : body.length);
  res.flushHeaders();
  const started = performance.now();
  const pieces = Math.max(1, Math.min(chunks, body.length));
  for (let i = 0; i < pieces; i++) {
    // Each piece is due at its own time from the start, so timer drift does not add up.
    await sleep(started + (overMs * (i + 1)) / pieces - performance.now(), signal);
    if (res.destroyed || signal.aborted) return;
    const piece = body.subarray(Math.floor((body.length * i) / pieces), Math.floor((body.length * (i + 1)) / pieces));
    if (i === pieces - 1) res.end(piece);
    else await written(res, piece);
  }
}

/** Sends status, headers (with the full Content-Length) and only the first `bytes` of the body, then `then`. */
export async function truncate(req: IncomingMessage, res: ServerResponse, response: Response, bytes: number, then: SocketAction): Promise<void> {
  const body = await bodyOf(req, response);
  if (res.destroyed || res.headersSent) return;
  setHead(res, response, body.length);
  res.flushHeaders();
  if (bytes > 0) await written(res, body.subarray(0, Math.min(bytes, body.length)));
  if (then !== 'hang') await sleep(FLUSH_MS);
  act(req, then);
}
