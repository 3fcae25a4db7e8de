import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { builtinProviders } from '../../mocks/index.ts';
import { qboRequests } from '../../mocks/quickbooks/test-requests.ts';
import { startMockRuntime } from '../runtime/mock-runtime.ts';
import type { MockRuntime } from '../runtime/types.ts';
import { startControlServer, type ControlServer } from './control-server.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
const outage = { provider: 'quickbooks', endpoint: QUERY, kind: 'outage', params: { status: 502 } };

let runtime: MockRuntime;
let control: ControlServer;
let qbo: ReturnType<typeof qboRequests>;

const call = (path: string, init: RequestInit = {}) => fetch(`${control.url}${path}`, init);
const post = (path: string, body: unknown) =>
  call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const json = async (response: Response) => response.json() as Promise<any>;

beforeAll(async () => {
  runtime = await startMockRuntime();
  control = await startControlServer({ runtime, definitions: builtinProviders, host: '127.0.0.1', port: 0 });
  qbo = qboRequests(runtime.baseUrls.quickbooks!);
});
beforeEach(async () => {
  expect((await post('/reset', '')).status).toBe(204);
});
afterAll(async () => {
  await control.close();
  await runtime.close();
});

describe('control API resources', () => {
  it('lists every served provider with its base URL and endpoint catalogue', async () => {
    const providers = await json(await call('/providers'));
    expect(providers.map((p: { name: string }) => p.name).sort()).toEqual(Object.keys(builtinProviders).sort());
    const quickbooks = providers.find((p: { name: string }) => p.name === 'quickbooks');
    expect(quickbooks.baseUrl).toBe(runtime.baseUrls.quickbooks);
    expect(quickbooks.endpoints).toContainEqual(expect.objectContaining({ endpoint: QUERY, kind: 'read', idempotent: true }));
  });

  it('lists the registered fault kinds with a summary each', async () => {
    const kinds = await json(await call('/fault-kinds'));
    expect(kinds).toContainEqual({ name: 'outage', summary: expect.stringContaining('5xx') });
  });

  it('applies a posted fault to the next request, journals it, and removes it by id', async () => {
    const created = await post('/faults', outage);
    expect(created.status).toBe(201);
    const [fault] = await json(created);
    expect(fault).toMatchObject({ id: expect.any(String), ...outage, probability: 1, when: {} });
    expect((await qbo.query('select * from Vendor')).status).toBe(502);
    const journal = await json(await call('/journal?limit=1'));
    expect(journal).toEqual([expect.objectContaining({ provider: 'quickbooks', endpoint: QUERY, fault: { kind: 'outage', index: 0 }, status: 502 })]);
    expect((await call(`/faults/${fault.id}`, { method: 'DELETE' })).status).toBe(204);
    expect(await json(await call('/faults'))).toEqual([]);
    expect((await qbo.query('select * from Vendor')).status).toBe(200);
  });

  it('takes a list in the same shape as a scenario\'s faults, with when and match', async () => {
    const list = [
      { ...outage, when: { first: 1 }, match: { query: { query: 'from Vendor' } } },
      { provider: 'quickbooks', endpoint: QUERY, kind: 'maintenance' },
    ];
    const created = await json(await post('/faults', list));
    expect(created.map((f: { id: string }) => f.id)).toHaveLength(2);
    expect((await qbo.query('select * from Vendor')).status).toBe(502);
    expect((await qbo.query('select * from Vendor')).status).toBe(503);
  });

  it('holds a fromAction fault until POST /action says the flow reached its action', async () => {
    await post('/faults', { ...outage, when: { fromAction: true } });
    expect((await qbo.query('select * from Vendor')).status).toBe(200);
    expect((await post('/action', '')).status).toBe(204);
    expect((await qbo.query('select * from Vendor')).status).toBe(502);
  });

  it('DELETE /faults removes every fault and POST /reset also empties the journal', async () => {
    await post('/faults', [outage, outage]);
    await qbo.query('select * from Vendor');
    expect((await call('/faults', { method: 'DELETE' })).status).toBe(204);
    expect(await json(await call('/faults'))).toEqual([]);
    expect(await json(await call('/journal'))).toHaveLength(1);
    await post('/reset', '');
    expect(await json(await call('/journal'))).toEqual([]);
  });

  it('serves the control page with a policy that allows nothing external', async () => {
    const page = await call('/');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; connect-src 'self'/);
    const html = await page.text();
    expect(html).toContain('<h1>brownout mocks</h1>');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=/);
  });
});

// Each bad input: its status, the words the message must hold; and nothing may change.
const badInputs: { defect: string; method: string; path: string; body?: string; status: number; message: RegExp }[] = [
  { defect: 'malformed JSON', method: 'POST', path: '/faults', body: '{"provider": "quickbooks",', status: 400, message: /not valid JSON/ },
  { defect: 'a bare number instead of a fault', method: 'POST', path: '/faults', body: '42', status: 400, message: /not valid JSON|expected a fault object/ },
  { defect: 'no body', method: 'POST', path: '/faults', body: '', status: 400, message: /expected a fault object or a non-empty list/ },
  { defect: 'an empty list', method: 'POST', path: '/faults', body: '[]', status: 400, message: /non-empty list of faults/ },
  { defect: 'unknown provider', method: 'POST', path: '/faults', body: JSON.stringify({ ...outage, provider: 'quikbooks' }), status: 400, message: /faults\[0\]\.provider: unknown provider "quikbooks"; known providers: .*quickbooks/ },
  { defect: 'missing provider', method: 'POST', path: '/faults', body: JSON.stringify({ endpoint: QUERY, kind: 'outage' }), status: 400, message: /faults\[0\]\.provider: missing/ },
  { defect: 'unknown endpoint', method: 'POST', path: '/faults', body: JSON.stringify({ ...outage, endpoint: 'GET /v3/company/{realmId}/vendors' }), status: 400, message: /faults\[0\]\.endpoint: unknown endpoint "GET \/v3\/company\/\{realmId\}\/vendors" for provider quickbooks/ },
  { defect: 'unknown fault kind', method: 'POST', path: '/faults', body: JSON.stringify({ ...outage, kind: 'outgae' }), status: 400, message: /faults\[0\]\.kind: unknown fault kind "outgae"; known kinds: .*outage/ },
  { defect: 'params of the wrong type', method: 'POST', path: '/faults', body: JSON.stringify({ ...outage, params: { status: 'fast' } }), status: 400, message: /faults\[0\]\.params\.status/ },
  { defect: 'probability out of range', method: 'POST', path: '/faults', body: JSON.stringify({ ...outage, probability: 2 }), status: 400, message: /faults\[0\]\.probability/ },
  { defect: 'an unknown envelope key', method: 'POST', path: '/faults', body: JSON.stringify({ ...outage, colour: 'red' }), status: 400, message: /colour/ },
  { defect: 'one bad fault in a list', method: 'POST', path: '/faults', body: JSON.stringify([outage, { ...outage, kind: 'nope' }]), status: 400, message: /faults\[1\]\.kind: unknown fault kind "nope"/ },
  { defect: 'unknown fault id', method: 'DELETE', path: '/faults/f999', status: 404, message: /no active fault with id "f999"; active ids: f\d+/ },
  { defect: 'unknown provider in the path', method: 'GET', path: '/providers/quikbooks', status: 404, message: /unknown provider "quikbooks"; served providers: .*quickbooks/ },
  { defect: 'unknown provider in the journal filter', method: 'GET', path: '/journal?provider=nope', status: 404, message: /unknown provider "nope"/ },
  { defect: 'journal limit out of range', method: 'GET', path: '/journal?limit=0', status: 400, message: /limit: expected a whole number of entries from 1 to 1000, got "0"/ },
  { defect: 'unknown route', method: 'GET', path: '/toxics', status: 404, message: /no control API route GET \/toxics; routes:/ },
];

describe('bad control-API input', () => {
  it.each(badInputs)('$defect: $status with a clear message, nothing changed', async ({ method, path, body, status, message }) => {
    const [kept] = await json(await post('/faults', outage));
    await qbo.query('select * from Vendor');
    const before = { faults: await json(await call('/faults')), journal: await json(await call('/journal')) };
    const response = await call(path, { method, headers: { 'content-type': 'application/json' }, ...(body !== undefined ? { body } : {}) });
    const error = await json(response);
    expect(response.status).toBe(status);
    expect(error).toEqual({ error: expect.stringMatching(/^brownout: /), status });
    expect(error.error).toMatch(message);
    expect(await json(await call('/faults'))).toEqual(before.faults);
    expect(await json(await call('/journal'))).toEqual(before.journal);
    expect((await qbo.query('select * from Vendor')).status).toBe(502);
    expect(kept.id).toBeTruthy();
  });
});

describe('control API with a token', () => {
  let guarded: ControlServer;
  beforeAll(async () => {
    guarded = await startControlServer({ runtime, definitions: builtinProviders, host: '127.0.0.1', port: 0, token: 's3cret-token' });
  });
  afterAll(() => guarded.close());

  it.each([
    { how: 'no token', init: {}, query: '', status: 401, message: /no token was sent/ },
    { how: 'a wrong Bearer token', init: { headers: { authorization: 'Bearer nope' } }, query: '', status: 401, message: /the token is wrong/ },
    { how: 'the Bearer token', init: { headers: { authorization: 'Bearer s3cret-token' } }, query: '', status: 200 },
    { how: 'the token in the query (the page)', init: {}, query: '?token=s3cret-token', status: 200 },
  ])('$how: $status', async ({ init, query, status, message }) => {
    const response = await fetch(`${guarded.url}/faults${query}`, init);
    expect(response.status).toBe(status);
    if (message) expect((await json(response)).error).toMatch(message);
  });

  it('guards the page too', async () => {
    expect((await fetch(`${guarded.url}/`)).status).toBe(401);
    expect((await fetch(`${guarded.url}/?token=s3cret-token`)).status).toBe(200);
  });
});
