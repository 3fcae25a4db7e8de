import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'msw';
import { EFFECT_HEADER, type Effect } from '../../mocks/kit/effect.ts';
import type { FaultOutcome } from '../faults/types.ts';
import { installFastJson } from './fast-json.ts';
import { compileHandler, resolveWithHandlers, type CompiledHandler } from './handler-match.ts';
import { act, BodyTooLarge, bufferedBodies, headersOf, parseUrl, readBody, send } from './node-http.ts';
import { dribble, truncate } from './slow-delivery.ts';

const BODYLESS = new Set(['GET', 'HEAD']);
const EMPTY = Buffer.alloc(0);
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/** One request going through the bridge, as the fault engine and the journal see it. */
export interface Exchange {
  readonly requestId: string;
  readonly method: string;
  readonly url: URL;
  /** Arrival time (ms since epoch). */
  readonly arrivedAt: number;
  /** Arrival on `performance.now()`'s clock (ms), for delays measured from it. */
  readonly startedAt: number;
  /** The raw body once read; null for GET/HEAD and empty bodies. */
  readonly rawBody: Buffer | null;
  /** A request header (lower-case name), or null. */
  header(name: string): string | null;
  /** Aborted when the client goes away (or the runtime closes) before the answer is sent. */
  readonly signal: AbortSignal;
  /** A Fetch Request for this exchange (with a body: a fresh one per call, so each reader has an unread body). */
  request(): Request;
  /** Runs the provider's handlers once and gives a copy of their response (a 404 when none answers). */
  passThrough(): Promise<Response>;
  /**
   * The handlers' own response, for writing back untouched when no fault applies: no copy is made, and its body
   * is already read (only `send` can write it, from the bytes kept aside). Use `passThrough` to read or change it.
   */
  answer(): Promise<Response>;
  /** What the provider's handler answered, once `passThrough` ran: status and declared effect (see EFFECT_HEADER). */
  readonly handled: { status: number; effect: Effect | null } | null;
}

/** How an exchange ended: the status sent (null when no status line went out: reset, hang, empty, client gone) and its length. */
export interface SettledExchange {
  status: number | null;
  /** From arrival to the last byte handed to the socket, or to the socket closing (ms). */
  durationMs: number;
}

/** What the runtime plugs into one exchange: how to answer it, and hearing how it ended. */
export interface Interception {
  respond(): Promise<FaultOutcome>;
  settled?(result: SettledExchange): void;
}

/** Options of `createBridge`. */
export interface BridgeOptions {
  handlers: RequestHandler[];
  /** Called on arrival (before the body is read); default: answer with the handlers, untouched. */
  intercept?(exchange: Exchange): Interception;
  /** Largest request body read (bytes); a larger one gets `tooLarge` (default: no limit). */
  maxBodyBytes?: number;
  /** The 413 answer for a body over `maxBodyBytes`, in the provider's dialect. */
  tooLarge?(limitBytes: number): Response;
  /** Hears an error that became a 500 (a handler or a fault threw); default `console.error`. */
  onError?(error: unknown, exchange: Exchange): void;
}

/** The express -> msw bridge of one provider. */
export interface Bridge {
  /** Express-compatible middleware body: answers one request. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Swaps the handlers (e.g. fresh seeded state); requests in flight finish with the old ones. */
  setHandlers(handlers: RequestHandler[]): void;
  /** Requests arrived and not yet settled. */
  inFlight(): number;
  /** Ends every exchange still in flight (a held or hung answer): its connection is destroyed, it settles as unanswered. */
  abortInFlight(): void;
}

function notFound(method: string, url: URL): Response {
  const error = `brownout: no mock handler for ${method} ${url.pathname}; see the provider's catalogue (brownout mocks).`;
  return Response.json({ error, status: 404 }, { status: 404 });
}

/** Whether every percent escape of the path decodes (`%E0%A4%A`, `%ZZ` do not): the router would throw on it. */
function decodablePath(pathname: string): boolean {
  // Most paths have no escape at all: the hot path pays one scan, not a decode.
  if (!pathname.includes('%')) return true;
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** What the real services' front doors answer to a path with a malformed escape: a 400, before any API code runs. */
function malformedPath(method: string, url: URL): Response {
  const error = `brownout: ${method} ${url.pathname} has a malformed percent escape in its path; the real service answers 400 Bad Request.`;
  return Response.json({ error, status: 400 }, { status: 400 });
}

/**
 * The fast express -> msw bridge (stack.md): each handler's method + path compiled once; per request, a Fetch
 * Request is built only when needed, the matched resolver is called directly (msw's `run()` only for handlers
 * needing its lifecycle), and the outcome is written back: a response (whole, dribbled or truncated), or a socket action (reset, hang, empty).
 */
export function createBridge(options: BridgeOptions): Bridge {
  installFastJson();
  // Unique per bridge and cheap (randomUUID showed in profiles); prefixed so ids of two bridges never collide.
  const idPrefix = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-`;
  let nextId = 0;
  let compiled: CompiledHandler[] = options.handlers.map(compileHandler);
  // Exchanges arrived and not yet settled: their count is what is in flight, and a reset ends the ones a fault holds.
  const open = new Set<ServerResponse>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const url = parseUrl(req);
    // Created only when something listens (a Request, a dribble): most exchanges never need one.
    let abort: AbortController | undefined;
    const signal = () => (abort ??= new AbortController()).signal;
    const handlers = compiled;
    let rawBody: Buffer | null = null;
    let base: Request | undefined;
    let headers: Headers | undefined;
    let passed: Promise<{ answer: Response; body: Buffer<ArrayBuffer> }> | undefined;
    let handled: Exchange['handled'] = null;

    const exchange: Exchange = {
      requestId: `${idPrefix}${++nextId}`,
      method,
      url,
      arrivedAt: Date.now(),
      startedAt: started,
      get rawBody() { return rawBody; },
      header(name) {
        const value = req.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
      get signal() { return signal(); },
      get handled() { return handled; },
      request() {
        // Without a body nothing can be consumed, so one Request serves every reader; with one, each gets its own.
        if (base && !rawBody) return base;
        headers ??= headersOf(req);
        base = new Request(url, { method, headers, body: rawBody && !BODYLESS.has(method) ? new Uint8Array(rawBody) : undefined, signal: signal() });
        return base;
      },
      async answer() {
        const { answer, body } = await resolved();
        if (answer.type !== 'error') bufferedBodies.set(answer, NULL_BODY_STATUS.has(answer.status) ? EMPTY : body);
        return answer;
      },
      async passThrough() {
        const { answer, body } = await resolved();
        if (answer.type === 'error') return Response.error();
        // Each caller gets its own copy, built from the bytes read once (cheaper than clone()'s stream tee).
        const copy = new Response(body.length > 0 && !NULL_BODY_STATUS.has(answer.status) ? body : null, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
        bufferedBodies.set(copy, body);
        return copy;
      },
    };

    function resolved(): Promise<{ answer: Response; body: Buffer<ArrayBuffer> }> {
      passed ??= (decodablePath(url.pathname)
        ? resolveWithHandlers(handlers, { method, url, requestId: exchange.requestId, request: () => exchange.request(), cookieHeader: () => exchange.header('cookie') })
        : Promise.resolve(malformedPath(method, url))
      ).then(async (response) => {
        const answer = response ?? notFound(method, url);
        handled = { status: answer.status, effect: (answer.headers.get(EFFECT_HEADER) as Effect | null) ?? null };
        return { answer, body: answer.type === 'error' ? EMPTY : (bufferedBodies.get(answer) ?? Buffer.from(await answer.arrayBuffer())) };
      });
      return passed;
    }

    open.add(res);
    const interception = options.intercept?.(exchange) ?? { respond: async () => ({ type: 'response', response: await exchange.answer() }) as FaultOutcome };
    let settled = false;
    const settle = (status: number | null) => {
      if (settled) return;
      settled = true;
      open.delete(res);
      interception.settled?.({ status, durationMs: Math.round(performance.now() - started) });
    };
    res.on('finish', () => settle(res.statusCode));
    res.on('close', () => {
      if (!res.writableFinished) abort?.abort(new Error('brownout: the client closed the connection before the answer'));
      // A status line that went out counts as sent, even when the body was cut short.
      settle(res.headersSent ? res.statusCode : null);
    });

    try {
      rawBody = BODYLESS.has(method) ? null : await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // The rest of the body is never read: answer, then close the connection it is still arriving on.
        res.setHeader('connection', 'close');
        res.once('finish', () => req.socket.destroy());
        await send(req, res, options.tooLarge?.(error.limitBytes) ?? Response.json({ error: error.message }, { status: 413 })).catch(() => req.socket.destroy());
      }
      // The client left mid-body: a truncated request is never handled; 'close' settles the exchange.
      return;
    }
    try {
      const outcome = await interception.respond();
      if (outcome.type === 'socket') act(req, outcome.action);
      else if (outcome.type === 'dribble') await dribble(req, res, outcome.response, outcome.overMs, outcome.chunks, signal());
      else if (outcome.type === 'truncate') await truncate(req, res, outcome.response, outcome.bytes, outcome.then);
      else await send(req, res, outcome.response);
    } catch (error) {
      (options.onError ?? console.error)(error, exchange);
      const message = error instanceof Error ? error.message : String(error);
      const text = message.startsWith('brownout:') ? message : `brownout: answering ${method} ${url.pathname} failed: ${message}`;
      await send(req, res, Response.json({ error: text, status: 500 }, { status: 500 })).catch(() => req.socket.destroy());
    }
  }

  return {
    handle,
    setHandlers(handlers) {
      compiled = handlers.map(compileHandler);
    },
    inFlight: () => open.size,
    abortInFlight() {
      for (const res of open) res.socket?.destroy();
    },
  };
}
