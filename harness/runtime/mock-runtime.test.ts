import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { qboRequests, samplePurchase } from '../../mocks/quickbooks/test-requests.ts';
import { FaultError } from '../faults/errors.ts';
import type { FaultSpec } from '../scenario/types.ts';
import { startMockRuntime } from './mock-runtime.ts';
import type { MockRuntime } from './types.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
const PURCHASE = 'POST /v3/company/{realmId}/purchase';
/** A fault on QuickBooks with the envelope's defaults. */
const fault = (spec: Partial<FaultSpec> & Pick<FaultSpec, 'kind'>): FaultSpec => ({ provider: 'quickbooks', endpoint: QUERY, probability: 1, when: {}, params: {}, ...spec });

let mocks: MockRuntime;
let qbo: ReturnType<typeof qboRequests>;

beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['quickbooks'] });
  qbo = qboRequests(mocks.baseUrls.quickbooks!);
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

describe('startMockRuntime', () => {
  it('serves each provider on its own loopback port', () => {
    expect(mocks.baseUrls.quickbooks).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('refuses an unknown provider and names the known ones', async () => {
    await expect(startMockRuntime({ providers: ['quikbooks'] })).rejects.toThrow(/unknown provider "quikbooks"; known providers: .*quickbooks/);
  });
});

describe('journal', () => {
  it('records a created purchase as a mutation that took effect, and a query as a read', async () => {
    await qbo.query('select * from Vendor');
    await qbo.create('purchase', samplePurchase());
    const [read, create] = mocks.journal();
    expect(read).toMatchObject({ seq: 1, provider: 'quickbooks', endpoint: QUERY, method: 'GET', status: 200, mutation: false, tookEffect: null, bodyDigest: null, fault: null });
    expect(read!.query).toEqual({ query: 'select * from Vendor', minorversion: '75' });
    expect(create).toMatchObject({ seq: 2, endpoint: PURCHASE, status: 200, mutation: true, tookEffect: true, bodyDigest: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });

  it('gives identical bodies the same digest', async () => {
    await qbo.create('purchase', samplePurchase());
    await qbo.create('purchase', samplePurchase());
    const [a, b] = mocks.journal();
    expect(a!.bodyDigest).toBe(b!.bodyDigest);
  });

  it('marks a mutation refused by the provider as not taking effect', async () => {
    await qbo.create('purchase', { ...samplePurchase(), AccountRef: { value: '999' } });
    expect(mocks.journal()[0]).toMatchObject({ status: 400, mutation: true, tookEffect: false });
  });
});

describe('faults', () => {
  it('answers an outage with a 503 QuickBooks Fault only on the matched endpoint', async () => {
    mocks.applyFaults([fault({ kind: 'outage' })], { seed: 1 });
    const down = await qbo.query('select * from Vendor');
    expect(down.status).toBe(503);
    const body = await down.json();
    expect(body.Fault).toMatchObject({ type: 'SystemFault', Error: [{ code: '10000' }] });
    expect((await qbo.create('purchase', samplePurchase())).status).toBe(200);
    const [query, purchase] = mocks.journal();
    expect(query).toMatchObject({ fault: { kind: 'outage', index: 0 }, status: 503 });
    expect(purchase).toMatchObject({ fault: null, status: 200, tookEffect: true });
  });

  it('fails only the first N matching calls with when.first', async () => {
    mocks.applyFaults([fault({ kind: 'outage', when: { first: 2 } })]);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await qbo.query('select * from Vendor')).status);
    expect(statuses).toEqual([503, 503, 200]);
  });

  it('lets the first N calls through with when.after', async () => {
    mocks.applyFaults([fault({ kind: 'outage', when: { after: 1 } })]);
    expect([(await qbo.query('select * from Item')).status, (await qbo.query('select * from Item')).status]).toEqual([200, 503]);
  });

  it('fails only calls whose query contains match.query, case-insensitively', async () => {
    mocks.applyFaults([fault({ kind: 'outage', match: { query: { query: 'FROM VENDOR' } } })]);
    expect((await qbo.query('select * from Account')).status).toBe(200);
    expect((await qbo.query('select * from Vendor')).status).toBe(503);
  });

  it('does not apply a mutation the outage answered (its handler never ran)', async () => {
    mocks.applyFaults([fault({ kind: 'outage', endpoint: PURCHASE })]);
    await qbo.create('purchase', samplePurchase());
    mocks.resetFaults();
    expect((await (await qbo.query('select count(*) from Purchase')).json()).QueryResponse.totalCount).toBe(2);
    expect(mocks.journal()[0]).toMatchObject({ status: 503, mutation: true, tookEffect: false });
  });

  it('answers maintenance with 503 and the Retry-After of the dialect or of the params', async () => {
    mocks.applyFaults([fault({ kind: 'maintenance', when: { first: 1 } }), fault({ kind: 'maintenance', params: { retryAfterS: 30 } })]);
    const dialects = await qbo.query('select * from Vendor');
    const overridden = await qbo.query('select * from Vendor');
    expect([dialects.status, dialects.headers.get('retry-after')]).toEqual([503, '600']);
    expect([overridden.status, overridden.headers.get('retry-after')]).toEqual([503, '30']);
  });

  it("answers rate-limit with QuickBooks' 429 ThrottleExceeded, and no Retry-After when retryAfterS is null", async () => {
    mocks.applyFaults([fault({ kind: 'rate-limit', params: { retryAfterS: null } })]);
    const response = await qbo.query('select * from Vendor');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBeNull();
    expect((await response.json()).Fault.Error[0].Message).toBe('message=ThrottleExceeded; errorCode=003001; statusCode=429');
  });

  it('holds the answer for latency ms (not earlier, and within 500 ms)', async () => {
    mocks.applyFaults([fault({ kind: 'latency', params: { ms: 300 } })]);
    const started = performance.now();
    expect((await qbo.query('select * from Vendor')).status).toBe(200);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(295);
    expect(elapsed).toBeLessThan(800);
    expect(mocks.journal()[0]!.durationMs).toBeGreaterThanOrEqual(295);
  });

  it('applies a slow create even when the client gives up before the answer', async () => {
    mocks.applyFaults([fault({ kind: 'latency', endpoint: PURCHASE, params: { ms: 2000 } })]);
    await expect(qbo.create('purchase', samplePurchase(), { init: { signal: AbortSignal.timeout(200) } })).rejects.toThrow(/aborted/i);
    await expect.poll(() => mocks.inFlight()).toBe(0);
    expect(mocks.journal()[0]).toMatchObject({ status: null, mutation: true, tookEffect: true });
  });

  it('refuses an unknown kind and lists the known ones', () => {
    expect(() => mocks.applyFaults([fault({ kind: 'meltdown' })])).toThrow(FaultError);
    expect(() => mocks.applyFaults([fault({ kind: 'meltdown' })])).toThrow('faults[0].kind: unknown fault kind "meltdown"; known kinds: auth-revoked, breaking-change, empty-response, hang, latency, lost-response, maintenance, malformed-body, outage, partial, rate-limit, reset, slow-body');
  });

  it('refuses an endpoint missing from the catalogue', () => {
    expect(() => mocks.applyFaults([fault({ kind: 'outage', endpoint: 'GET /v3/company/{realmId}/employees' })])).toThrow(/faults\[0\]\.endpoint: .* not in the quickbooks catalogue/);
  });
});

describe('hang', () => {
  it('never answers: the client timeout fires, the journal shows no status, and close() is prompt', async () => {
    const runtime = await startMockRuntime({ providers: ['quickbooks'] });
    const client = qboRequests(runtime.baseUrls.quickbooks!);
    runtime.applyFaults([fault({ kind: 'hang' })]);
    const started = performance.now();
    await expect(client.query('select * from Vendor', { signal: AbortSignal.timeout(200) })).rejects.toThrow(/timeout|aborted/i);
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    await expect.poll(() => runtime.inFlight()).toBe(0);
    expect(runtime.journal()[0]).toMatchObject({ fault: { kind: 'hang', index: 0 }, status: null });

    const stillHanging = client.query('select * from Vendor').catch((error: Error) => error);
    await expect.poll(() => runtime.inFlight()).toBe(1);
    const closing = performance.now();
    await runtime.close();
    expect(performance.now() - closing).toBeLessThan(1000);
    expect(await stillHanging).toBeInstanceOf(Error);
  });
});

describe('reset', () => {
  it('brings back the seeded state, with no faults and an empty journal', async () => {
    await qbo.create('purchase', samplePurchase());
    mocks.applyFaults([fault({ kind: 'outage', endpoint: PURCHASE })]);
    mocks.reset();
    expect(mocks.journal()).toEqual([]);
    const purchases = await (await qbo.query('select * from Purchase')).json();
    expect(purchases.QueryResponse.Purchase.map((p: { Id: string }) => p.Id)).toEqual(['101', '102']);
    expect((await qbo.create('purchase', samplePurchase())).status).toBe(200);
    expect(mocks.journal().map((e) => e.seq)).toEqual([1, 2]);
  });
});
