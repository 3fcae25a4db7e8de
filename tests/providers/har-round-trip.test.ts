import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../harness/playwright/attach/free-port.ts';
import { generatedProvider } from '../../harness/providers/load-generated.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { brownout } from '../cli/cli.ts';
import { faultOn } from '../fidelity/support.ts';
import { spawnUntil } from './spawn-until.ts';

// The HAR round trip on loopback: a partner API (a local server) -> `brownout record` in front of it -> the
// product's calls through the recorder -> `brownout provider new --from-har` -> the mock serving the recorded
// answers, its dialect from the recorded errors, and faults applied to it.
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(root, 'reports', 'har-round-trip-'));
const har = join(dir, 'partner.har');
const orders = [{ id: 101, item: 'Desk', status: 'open' }];
let upstream: Server;
let upstreamUrl: string;
let recorder: ChildProcessWithoutNullStreams | undefined;
let mocks: MockRuntime | undefined;

/** The partner API: orders list/create/read under /v1, a 401 without a key, a throttled export, a session cookie. */
function partnerApi(): Server {
  return createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c));
    req.on('end', () => {
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      if (req.headers.authorization !== 'Bearer sk_live_secret') return json(401, { error: { type: 'auth', message: 'Invalid API key' } });
      if (req.method === 'GET' && req.url === '/v1/orders') return json(200, { data: orders, has_more: false }, { 'set-cookie': 'session=abc123; HttpOnly' });
      if (req.method === 'POST' && req.url === '/v1/orders') {
        const order = { id: 100 + orders.length + 1, status: 'open', ...(JSON.parse(raw) as object) };
        orders.push(order as never);
        return json(201, order);
      }
      if (req.method === 'GET' && req.url === '/v1/orders/101') return json(200, orders[0]);
      if (req.method === 'GET' && req.url === '/v1/exports') return json(429, { error: { type: 'rate_limit', message: 'Too many exports' } }, { 'retry-after': '7' });
      json(404, { error: { type: 'not_found', message: 'No such route' } });
    });
  });
}

/** `brownout record` in front of the partner API; resolves with the recorder's URL once it listens. */
async function startRecording(): Promise<string> {
  const { child, output } = await spawnUntil(['record', '--upstream', `${upstreamUrl}/v1`, '--out', har, '--redact', 'card_number'], dir, /Press Ctrl\+C/);
  recorder = child;
  return /at (http:\/\/127\.0\.0\.1:\d+) into/.exec(output)![1]!;
}

const stop = (child: ChildProcessWithoutNullStreams) => new Promise<{ code: number | null; output: string }>((resolve) => {
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c));
  child.once('exit', (code) => resolve({ code, output }));
  child.kill('SIGINT');
});

let stopped: { code: number | null; output: string };
let generated: ReturnType<typeof brownout>;

beforeAll(async () => {
  upstream = partnerApi();
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const proxy = await startRecording();
  const call = (path: string, init: RequestInit = {}, key = 'sk_live_secret') => fetch(`${proxy}${path}`, { ...init, headers: { authorization: `Bearer ${key}`, cookie: 'session=abc123', 'content-type': 'application/json', ...init.headers } });
  await call('/orders');
  await call('/orders', { method: 'POST', body: JSON.stringify({ item: 'Chair', card_number: '4242424242424242' }) });
  await call('/orders/101');
  await call('/orders', {}, 'sk_live_revoked');
  await call('/exports');
  stopped = await stop(recorder!);
  generated = brownout(['provider', 'new', 'partner', '--from-har', har, '--out', join(dir, 'partner')], dir, 60_000);
  mocks = await startMockRuntime({ providers: ['partner'], definitions: { partner: generatedProvider(join(dir, 'partner')) } });
}, 180_000);

afterAll(async () => {
  if (recorder?.exitCode === null) recorder.kill('SIGKILL');
  await mocks?.close();
  await new Promise((resolve) => upstream?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('record -> from-har -> serve', () => {
  it('the recorder forwards every call, stops on Ctrl+C and says how many it wrote', () => {
    expect(stopped.code).toBe(0);
    expect(stopped.output).toMatch(/stopped \(SIGINT\); 5 call\(s\) recorded in partner\.har\./);
  });

  it('the HAR keeps no credential, cookie or named field', () => {
    const text = readFileSync(har, 'utf8');
    expect(text).not.toContain('sk_live_secret');
    expect(text).not.toContain('abc123');
    expect(text).not.toContain('4242424242424242');
    const { entries } = JSON.parse(text).log as { entries: { request: { url: string; headers: { name: string; value: string }[]; postData?: { text: string } } }[] };
    expect(entries.map((e) => e.request.url)).toEqual([`${upstreamUrl}/v1/orders`, `${upstreamUrl}/v1/orders`, `${upstreamUrl}/v1/orders/101`, `${upstreamUrl}/v1/orders`, `${upstreamUrl}/v1/exports`]);
    expect(entries[0]!.request.headers.find((h) => h.name === 'authorization')?.value).toBe('REDACTED');
    expect(JSON.parse(entries[1]!.request.postData!.text)).toEqual({ item: 'Chair', card_number: 'REDACTED' });
  });

  it('provider new --from-har makes one endpoint per method and templated path', () => {
    expect(generated.code, generated.output).toBe(0);
    const catalogue = JSON.parse(readFileSync(join(dir, 'partner/catalogue.json'), 'utf8')) as { endpoint: string; kind: string }[];
    expect(catalogue.map((e) => `${e.endpoint} ${e.kind}`)).toEqual(['GET /v1/orders read', 'POST /v1/orders mutation', 'GET /v1/orders/{orderId} read', 'GET /v1/exports read']);
    expect(generated.stdout).toContain('the HAR holds no answer for outage, maintenance, forbidden, not-found, validation, deprecated, version-gone: generic fallbacks used');
  });

  it('the mock replays the recorded answers, and a create joins the recorded list', async () => {
    const base = mocks!.baseUrls.partner!;
    expect(await (await fetch(`${base}/v1/orders`)).json()).toEqual({ data: [{ id: 101, item: 'Desk', status: 'open' }], has_more: false });
    const created = await fetch(`${base}/v1/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ item: 'Lamp' }) });
    expect(created.status).toBe(201);
    expect(((await (await fetch(`${base}/v1/orders`)).json()) as { data: { item: string }[] }).data.map((o) => o.item)).toEqual(['Lamp', 'Desk']);
  });

  it('faults answer in the recorded dialect: the 429 with its retry-after, the 401 body; outage is the marked generic fallback', async () => {
    const base = mocks!.baseUrls.partner!;
    const fault = faultOn('partner');
    mocks!.applyFaults([fault('GET /v1/orders', 'rate-limit'), fault('GET /v1/orders/{orderId}', 'auth-revoked'), fault('POST /v1/orders', 'outage')]);
    const limited = await fetch(`${base}/v1/orders`);
    expect([limited.status, limited.headers.get('retry-after'), await limited.json()]).toEqual([429, '7', { error: { type: 'rate_limit', message: 'Too many exports' } }]);
    const revoked = await fetch(`${base}/v1/orders/101`);
    expect([revoked.status, await revoked.json()]).toEqual([401, { error: { type: 'auth', message: 'Invalid API key' } }]);
    const down = await fetch(`${base}/v1/orders`, { method: 'POST', body: '{}' });
    expect([down.status, await down.json()]).toEqual([503, { error: { type: 'outage', message: 'Service unavailable' } }]);
    const dialect = JSON.parse(readFileSync(join(dir, 'partner/dialect.json'), 'utf8')) as Record<string, { notes: string }>;
    expect(dialect.outage!.notes).toMatch(/^\[generic\] partner\.har declares no outage answer/);
    expect(dialect['rate-limit']!.notes).toBe('Recorded: partner.har#/log/entries/4 (GET /v1/exports answered 429).');
  });
});

describe('bad input', () => {
  it('an unreachable upstream: the URL, the reason, and no HAR', async () => {
    const closed = await freePort();
    const { code, stderr } = brownout(['record', '--upstream', `http://127.0.0.1:${closed}/v1`, '--out', join(dir, 'never.har')], dir, 60_000);
    expect(code).toBe(2);
    expect(stderr).toContain(`brownout: cannot reach the upstream http://127.0.0.1:${closed}/v1: ECONNREFUSED. Check the URL and that the service is up`);
    expect(existsSync(join(dir, 'never.har'))).toBe(false);
  });

  it('a HAR with no entries: says so and how to record some; nothing written', () => {
    writeFileSync(join(dir, 'empty.har'), JSON.stringify({ log: { version: '1.2', entries: [] } }));
    const { code, stderr } = brownout(['provider', 'new', 'empty', '--from-har', 'empty.har'], dir, 60_000);
    expect(code).toBe(2);
    expect(stderr).toContain('brownout: empty.har#/log/entries: the HAR has no entries, so there is nothing to mock. Record some calls first');
    expect(stderr).toContain('brownout: nothing was written.');
  });

  it('an entry without an answer: the entry named by its JSON pointer', () => {
    writeFileSync(join(dir, 'aborted.har'), JSON.stringify({ log: { entries: [{ request: { method: 'GET', url: 'https://api.example.com/a' }, response: { status: 0 } }] } }));
    const { code, stderr } = brownout(['provider', 'new', 'aborted', '--from-har', 'aborted.har'], dir, 60_000);
    expect(code).toBe(2);
    expect(stderr).toContain('aborted.har#/log/entries/0/response/status: expected an HTTP status 100-599, got 0');
  });
});
