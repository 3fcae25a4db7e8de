import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfiguredProviders } from '../../harness/config/load-providers.ts';
import type { RoutableProvider } from '../../harness/config/providers.ts';
import { freePort } from '../../harness/playwright/attach/free-port.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import { faultOn } from '../fidelity/support.ts';

// Pass-through to a real sandbox (here a local server): calls the catalogue does not know, or all calls with
// faults still applied to matched ones; the journal marks every call that went through.
let sandbox: Server;
let sandboxUrl: string;
const sandboxCalls: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'brownout-passthrough-'));

/** A partner whose mock knows one endpoint (GET /v1/notes); the sandbox knows more. */
const partner = (passthrough?: RoutableProvider['passthrough']): RoutableProvider => ({
  name: 'partner',
  title: 'Partner',
  category: 'Other',
  catalogue: [
    { endpoint: 'GET /v1/notes', method: 'GET', path: '/v1/notes', kind: 'read', idempotent: true, summary: 'List notes' },
    { endpoint: 'POST /v1/notes', method: 'POST', path: '/v1/notes', kind: 'mutation', idempotent: false, summary: 'Create a note' },
  ],
  dialect: { outage: { status: 503, body: { error: 'partner is down' } } },
  createHandlers: () => [http.get('/v1/notes', () => HttpResponse.json({ notes: ['from the mock'], source: 'mock' }))],
  ...(passthrough ? { passthrough } : {}),
});

beforeAll(async () => {
  sandbox = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c));
    req.on('end', () => {
      sandboxCalls.push([req.method, req.url, req.headers.authorization, raw].filter(Boolean).join(' '));
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end(JSON.stringify({ notes: ['from the sandbox'], source: 'sandbox', path: req.url }));
    });
  });
  await new Promise<void>((resolve) => sandbox.listen(0, '127.0.0.1', resolve));
  sandboxUrl = `http://127.0.0.1:${(sandbox.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => sandbox.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('pass-through of unmatched calls', () => {
  it('the mock answers its endpoints; other calls go to the sandbox under its base path, marked in the journal', async () => {
    sandboxCalls.length = 0;
    const mocks = await startMockRuntime({ providers: ['partner'], definitions: { partner: partner({ url: `${sandboxUrl}/sandbox`, calls: 'unmatched' }) } });
    try {
      const base = mocks.baseUrls.partner!;
      expect(await (await fetch(`${base}/v1/notes`)).json()).toMatchObject({ source: 'mock' });
      expect(await (await fetch(`${base}/v1/reports?year=2026`, { headers: { authorization: 'Bearer sandbox-key' } })).json()).toMatchObject({ source: 'sandbox', path: '/sandbox/v1/reports?year=2026' });
      expect(sandboxCalls).toEqual(['GET /sandbox/v1/reports?year=2026 Bearer sandbox-key']);
      expect(mocks.journal().map((e) => [e.endpoint, e.status, e.passedThrough ?? false])).toEqual([['GET /v1/notes', 200, false], [null, 200, true]]);
    } finally {
      await mocks.close();
    }
  });
});

describe('pass-through of all calls', () => {
  it('matched calls go to the sandbox too, bodies included, and faults still apply to them', async () => {
    sandboxCalls.length = 0;
    const mocks = await startMockRuntime({ providers: ['partner'], definitions: { partner: partner({ url: sandboxUrl, calls: 'all' }) } });
    try {
      const base = mocks.baseUrls.partner!;
      expect(await (await fetch(`${base}/v1/notes`)).json()).toMatchObject({ source: 'sandbox' });
      const created = await fetch(`${base}/v1/notes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' });
      expect(created.status).toBe(201);
      // An outage answers in the provider's words without calling the sandbox; a breaking change reshapes the sandbox's answer.
      mocks.applyFaults([faultOn('partner')('POST /v1/notes', 'outage'), faultOn('partner')('GET /v1/notes', 'breaking-change', { params: { change: 'remove-field', path: 'notes' } })]);
      expect([(await fetch(`${base}/v1/notes`, { method: 'POST', body: '{}' })).status]).toEqual([503]);
      expect(await (await fetch(`${base}/v1/notes`)).json()).toEqual({ source: 'sandbox', path: '/v1/notes' });
      expect(sandboxCalls).toEqual(['GET /v1/notes', 'POST /v1/notes {"text":"hi"}', 'GET /v1/notes']);
      expect(mocks.journal().map((e) => [e.endpoint, e.status, e.fault?.kind ?? null, e.passedThrough ?? false])).toEqual([
        ['GET /v1/notes', 200, null, true], ['POST /v1/notes', 201, null, true], ['POST /v1/notes', 503, 'outage', false], ['GET /v1/notes', 200, 'breaking-change', true],
      ]);
    } finally {
      await mocks.close();
    }
  });

  it('a sandbox that does not answer: a 502 naming it and the config key to check', async () => {
    const closed = await freePort();
    const mocks = await startMockRuntime({ providers: ['partner'], definitions: { partner: partner({ url: `http://127.0.0.1:${closed}`, calls: 'all' }) } });
    try {
      const response = await fetch(`${mocks.baseUrls.partner}/v1/notes`);
      expect(response.status).toBe(502);
      expect(((await response.json()) as { error: string }).error).toBe(`brownout: pass-through of GET /v1/notes to http://127.0.0.1:${closed}/v1/notes failed: ECONNREFUSED. Check providers.passthrough.partner and that the sandbox is up.`);
    } finally {
      await mocks.close();
    }
  });
});

describe('providers.passthrough in a config', () => {
  it('a URL passes through unmatched calls; { url, calls } says which', async () => {
    writeFileSync(join(dir, 'ok.yaml'), `providers:\n  use: [slack, zoom]\n  passthrough:\n    slack: ${sandboxUrl}\n    zoom: { url: "${sandboxUrl}/zoom", calls: all }\n`);
    const { definitions } = await loadConfiguredProviders(join(dir, 'ok.yaml'));
    expect(definitions.slack!.passthrough).toEqual({ url: sandboxUrl, calls: 'unmatched' });
    expect(definitions.zoom!.passthrough).toEqual({ url: `${sandboxUrl}/zoom`, calls: 'all' });
  });

  it.each([
    ['a provider the product does not call', 'providers:\n  use: [slack]\n  passthrough: { zoom: "https://api.zoom.us" }\n', /bad-0\.yaml:3:\d+ providers\.passthrough\.zoom: "zoom" is not in providers\.use \(slack\)/],
    ['not an http URL', 'providers:\n  use: [slack]\n  passthrough: { slack: "ftp://files.example.com" }\n', /bad-1\.yaml:3:\d+ providers\.passthrough\.slack: .*http\(s\) URL/],
  ])('%s: located, with the fix', async (_, text, message) => {
    const file = join(dir, `bad-${text.includes('zoom') ? 0 : 1}.yaml`);
    writeFileSync(file, text);
    const error = await loadConfiguredProviders(file).catch((e: Error) => e);
    expect((error as Error).message).toMatch(message);
  });
});
