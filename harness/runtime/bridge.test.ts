import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { http, HttpResponse, type RequestHandler } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import type { FaultOutcome } from '../faults/types.ts';
import { createBridge, type Bridge, type BridgeOptions } from './bridge.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** Serves a bridge on a loopback port; returns its base URL and the bridge. */
async function serve(options: BridgeOptions): Promise<{ base: string; bridge: Bridge }> {
  const bridge = createBridge({ onError: () => undefined, ...options });
  server = createServer((req, res) => void bridge.handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, bridge };
}

const codeOf = (error: unknown) => (error as { cause?: { code?: string } }).cause?.code;

const answerWith = (outcome: FaultOutcome): BridgeOptions['intercept'] => () => ({ respond: async () => outcome });

describe('createBridge', () => {
  it('hands the resolver path params, cookies, the query and the JSON body', async () => {
    const handlers: RequestHandler[] = [
      http.post('/things/:id', async ({ request, params, cookies }) =>
        HttpResponse.json({ id: params.id, session: cookies.session, q: new URL(request.url).searchParams.get('q'), body: await request.json() }, { status: 201 })),
    ];
    const { base } = await serve({ handlers });
    const response = await fetch(`${base}/things/a%20b?q=1`, { method: 'POST', headers: { cookie: 'session=s1', 'content-type': 'application/json' }, body: '{"x":1}' });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 'a b', session: 's1', q: '1', body: { x: 1 } });
  });

  it('falls through a resolver that returns nothing to the next handler', async () => {
    const { base } = await serve({ handlers: [http.get('/a', () => undefined), http.get('/a', () => HttpResponse.text('second'))] });
    expect(await (await fetch(`${base}/a`)).text()).toBe('second');
  });

  it("runs handlers needing msw's lifecycle (once, generators) through run()", async () => {
    const { base } = await serve({
      handlers: [
        http.get('/once', () => HttpResponse.text('first'), { once: true }),
        http.get('/once', () => HttpResponse.text('later')),
        http.get('/steps', function* () {
          yield HttpResponse.text('one');
          return HttpResponse.text('two');
        }),
      ],
    });
    expect([await (await fetch(`${base}/once`)).text(), await (await fetch(`${base}/once`)).text()]).toEqual(['first', 'later']);
    expect([await (await fetch(`${base}/steps`)).text(), await (await fetch(`${base}/steps`)).text()]).toEqual(['one', 'two']);
  });

  it('answers with a thrown Response and keeps every Set-Cookie', async () => {
    const { base } = await serve({
      handlers: [
        http.get('/thrown', () => {
          throw HttpResponse.text('nope', { status: 418 });
        }),
        http.get('/cookies', () => new Response('ok', { headers: [['set-cookie', 'a=1'], ['set-cookie', 'b=2']] })),
      ],
    });
    expect((await fetch(`${base}/thrown`)).status).toBe(418);
    expect((await fetch(`${base}/cookies`)).headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('answers 404 naming the path when no handler matches, and 500 with the message when one throws', async () => {
    const { base } = await serve({ handlers: [http.get('/boom', () => { throw new Error('kaput'); })] });
    const missing = await fetch(`${base}/nowhere`);
    expect([missing.status, (await missing.json()).error]).toEqual([404, expect.stringContaining('GET /nowhere')]);
    const boom = await fetch(`${base}/boom`);
    expect(boom.status).toBe(500);
    expect(await boom.json()).toEqual({ error: 'brownout: answering GET /boom failed: kaput', status: 500 });
  });

  it('resets the connection for HttpResponse.error()', async () => {
    const { base } = await serve({ handlers: [http.get('/error', () => HttpResponse.error())] });
    expect(codeOf(await fetch(`${base}/error`).catch((e: Error) => e))).toBe('ECONNRESET');
  });

  it('resets the connection (RST) for a reset outcome', async () => {
    const { base } = await serve({ handlers: [], intercept: answerWith({ type: 'socket', action: 'reset' }) });
    expect(codeOf(await fetch(`${base}/x`).catch((e: Error) => e))).toBe('ECONNRESET');
  });

  it('closes the connection without a byte for an empty outcome', async () => {
    const { base } = await serve({ handlers: [], intercept: answerWith({ type: 'socket', action: 'empty' }) });
    expect(codeOf(await fetch(`${base}/x`).catch((e: Error) => e))).toBe('UND_ERR_SOCKET');
  });

  it('dribbles a body: headers at once, the last piece overMs later, settled with its status', async () => {
    const settled: Array<{ status: number | null; durationMs: number }> = [];
    const { base } = await serve({
      handlers: [],
      intercept: () => ({ respond: async () => ({ type: 'dribble', response: new Response('abcdefghij', { headers: { 'content-type': 'text/plain' } }), overMs: 300, chunks: 5 }), settled: (r) => settled.push(r) }),
    });
    const started = performance.now();
    const response = await fetch(`${base}/x`);
    expect(performance.now() - started).toBeLessThan(150);
    expect([response.headers.get('content-length'), await response.text()]).toEqual(['10', 'abcdefghij']);
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    await expect.poll(() => settled.length).toBe(1);
    expect(settled[0]!.status).toBe(200);
    expect(settled[0]!.durationMs).toBeGreaterThanOrEqual(295);
  });

  it('truncates a body: the status and the first bytes under the full Content-Length, then a reset', async () => {
    const settled: Array<number | null> = [];
    const { base } = await serve({
      handlers: [],
      intercept: () => ({ respond: async () => ({ type: 'truncate', response: new Response('0123456789'.repeat(100)), bytes: 400, then: 'reset' }), settled: ({ status }) => settled.push(status) }),
    });
    const response = await fetch(`${base}/x`);
    expect([response.status, response.headers.get('content-length')]).toEqual([200, '1000']);
    const reader = response.body!.getReader();
    let received = 0;
    const ended = await (async () => {
      for (;;) {
        const read = await reader.read();
        if (read.done) return 'done';
        received += read.value.length;
      }
    })().catch((error: Error) => error);
    expect(ended).toBeInstanceOf(Error);
    expect(received).toBe(400);
    await expect.poll(() => settled).toEqual([200]);
  });

  it('counts a hanging request in flight until the client gives up, then settles it with no status', async () => {
    const settled: Array<number | null> = [];
    const { base, bridge } = await serve({
      handlers: [],
      intercept: () => ({ respond: async () => ({ type: 'socket', action: 'hang' }), settled: ({ status }) => settled.push(status) }),
    });
    const request = fetch(`${base}/x`, { signal: AbortSignal.timeout(100) }).catch((e: Error) => e);
    await expect.poll(() => bridge.inFlight()).toBe(1);
    expect(settled).toEqual([]);
    expect(await request).toBeInstanceOf(Error);
    await expect.poll(() => settled).toEqual([null]);
    expect(bridge.inFlight()).toBe(0);
  });
});
