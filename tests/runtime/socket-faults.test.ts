import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { qboRequests, samplePurchase } from '../../mocks/quickbooks/test-requests.ts';
import { purchaseFault, queryFault, socketCode } from './yaml-faults.ts';

let mocks: MockRuntime;
let qbo: ReturnType<typeof qboRequests>;
beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['quickbooks'] });
  qbo = qboRequests(mocks.baseUrls.quickbooks!);
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

/** Purchases the provider holds now (ids). */
const purchaseIds = async () => ((await (await qbo.query('select * from Purchase')).json()).QueryResponse.Purchase as Array<{ Id: string }>).map((p) => p.Id);

describe('reset', () => {
  it('resets the connection before any byte after afterMs, and the create does not take effect', async () => {
    mocks.applyFaults(purchaseFault('reset', '{ afterMs: 250ms }'));
    const started = performance.now();
    const error = await qbo.create('purchase', samplePurchase()).catch((e: Error) => e);
    const elapsed = performance.now() - started;
    expect(socketCode(error)).toBe('ECONNRESET');
    expect(elapsed).toBeGreaterThanOrEqual(245);
    expect(elapsed).toBeLessThan(700);
    await expect.poll(() => mocks.inFlight()).toBe(0);
    expect(mocks.journal()[0]).toMatchObject({ status: null, fault: { kind: 'reset' }, tookEffect: false });
    mocks.resetFaults();
    expect(await purchaseIds()).toEqual(['101', '102']);
  });

  it('mid-body: sends the status and half the body, then resets; the create took effect', async () => {
    mocks.applyFaults(purchaseFault('reset', '{ at: mid-body }'));
    const response = await qbo.create('purchase', samplePurchase());
    expect(response.status).toBe(200);
    const error = await response.text().catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    await expect.poll(() => mocks.inFlight()).toBe(0);
    const [entry] = mocks.journal();
    expect(entry).toMatchObject({ status: 200, tookEffect: true, fault: { kind: 'reset', details: { at: 'mid-body' } } });
    expect(entry!.fault!.details!.bytes).toBeGreaterThan(10);
    mocks.resetFaults();
    expect(await purchaseIds()).toHaveLength(3);
  });
});

describe('empty-response', () => {
  it('closes the connection without a byte after afterMs', async () => {
    mocks.applyFaults(queryFault('empty-response', '{ afterMs: 200 }'));
    const started = performance.now();
    const error = await qbo.query('select * from Vendor').catch((e: Error) => e);
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(Error);
    expect(socketCode(error)).toBe('UND_ERR_SOCKET');
    expect(elapsed).toBeGreaterThanOrEqual(195);
    expect(elapsed).toBeLessThan(650);
    await expect.poll(() => mocks.inFlight()).toBe(0);
    expect(mocks.journal()[0]).toMatchObject({ status: null, fault: { kind: 'empty-response' } });
  });
});

describe('lost-response', () => {
  it('commits the create, then resets: the journal says it took effect and a retry duplicates it', async () => {
    mocks.applyFaults(purchaseFault('lost-response'));
    expect(socketCode(await qbo.create('purchase', samplePurchase()).catch((e: Error) => e))).toBe('ECONNRESET');
    await expect.poll(() => mocks.inFlight()).toBe(0);
    expect(mocks.journal()[0]).toMatchObject({ status: null, mutation: true, tookEffect: true, fault: { kind: 'lost-response', details: { then: 'reset', committedStatus: 200 } } });
    mocks.resetFaults();
    expect(await purchaseIds()).toHaveLength(3);
  });

  it('commits the create, then answers a 5xx in the dialect after afterMs', async () => {
    mocks.applyFaults(purchaseFault('lost-response', '{ then: server-error, status: 502, afterMs: 200ms }'));
    const started = performance.now();
    const response = await qbo.create('purchase', samplePurchase());
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
    expect(response.status).toBe(502);
    expect((await response.json()).Fault.type).toBe('SystemFault');
    expect(mocks.journal()[0]).toMatchObject({ status: 502, tookEffect: true });
  });

  it('commits the create, then hangs until the client gives up', async () => {
    mocks.applyFaults(purchaseFault('lost-response', '{ then: hang }'));
    const started = performance.now();
    await expect(qbo.create('purchase', samplePurchase(), { init: { signal: AbortSignal.timeout(300) } })).rejects.toThrow(/timeout|abort/i);
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    await expect.poll(() => mocks.inFlight()).toBe(0);
    expect(mocks.journal()[0]).toMatchObject({ status: null, tookEffect: true, fault: { kind: 'lost-response' } });
  });
});
