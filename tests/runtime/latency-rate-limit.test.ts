import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FaultError } from '../../harness/faults/errors.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { qboRequests } from '../../mocks/quickbooks/test-requests.ts';
import { faultsFromYaml, queryFault } from './yaml-faults.ts';

// Slack for a loaded machine (2 cores shared by many test runs): late is tolerated this much, early never (ms).
const TOLERANCE_MS = 150;

let mocks: MockRuntime;
let qbo: ReturnType<typeof qboRequests>;
beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['quickbooks'] });
  qbo = qboRequests(mocks.baseUrls.quickbooks!);
  // The first call pays for connecting and compiling the handlers; no timing test should.
  await (await qbo.query('select * from Vendor')).arrayBuffer();
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

/** Elapsed ms of one query. */
async function timedQuery(): Promise<{ elapsed: number; status: number }> {
  const started = performance.now();
  const response = await qbo.query('select * from Vendor');
  await response.arrayBuffer();
  return { elapsed: performance.now() - started, status: response.status };
}

describe('latency', () => {
  it('keeps the old form: ms as a number holds the answer that long', async () => {
    mocks.applyFaults(queryFault('latency', '{ ms: 200 }'));
    const { elapsed } = await timedQuery();
    expect(elapsed).toBeGreaterThanOrEqual(195);
    expect(elapsed).toBeLessThan(200 + TOLERANCE_MS);
  });

  it.each([
    ['uniform', '{ distribution: uniform, minMs: 50, maxMs: 250 }', 50, 250],
    ['normal', '{ distribution: normal, meanMs: 150, stdDevMs: 30 }', 0, 600],
    ['lognormal', '{ distribution: lognormal, medianMs: 100, sigma: 0.4 }', 0, 600],
  ])('%s: each answer is held for the delay it drew (not earlier, late within the tolerance)', async (_name, params, min, max) => {
    mocks.applyFaults(queryFault('latency', params), { seed: 5 });
    for (let i = 0; i < 4; i++) {
      const { elapsed, status } = await timedQuery();
      const drawn = mocks.journal()[i]!.fault!.details!.delayMs as number;
      expect(status).toBe(200);
      expect(drawn).toBeGreaterThanOrEqual(min);
      expect(drawn).toBeLessThanOrEqual(max);
      expect(elapsed).toBeGreaterThanOrEqual(drawn - 5);
      expect(elapsed).toBeLessThan(drawn + TOLERANCE_MS);
    }
  });

  it('refuses params of another distribution, naming what it takes', () => {
    expect(() => queryFault('latency', '{ distribution: uniform, meanMs: 100 }')).toThrow(/meanMs does not apply to distribution uniform; it takes minMs, maxMs/);
    expect(() => mocks.applyFaults([{ ...queryFault('latency')[0]!, params: { distribution: 'normal', meanMs: 5 } }])).toThrow(FaultError);
  });
});

describe('rate-limit', () => {
  it('always: every matching call gets the 429 (the old behaviour)', async () => {
    mocks.applyFaults(queryFault('rate-limit'));
    expect([(await timedQuery()).status, (await timedQuery()).status]).toEqual([429, 429]);
  });

  it('token-bucket: lets limit calls through per window, throttles the rest with Retry-After, refills evenly', async () => {
    mocks.applyFaults(queryFault('rate-limit', '{ mode: token-bucket, limit: 3, window: 1200ms }'));
    const burst = [];
    for (let i = 0; i < 4; i++) burst.push(await qbo.query('select * from Vendor'));
    expect(burst.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(burst[3]!.headers.get('retry-after')).toBe('1');
    // One token comes back every 400 ms.
    await new Promise((resolve) => setTimeout(resolve, 450));
    expect([(await timedQuery()).status, (await timedQuery()).status]).toEqual([200, 429]);
    expect(mocks.journal().map((e) => e.fault?.kind ?? null)).toEqual([null, null, null, 'rate-limit', null, 'rate-limit']);
  });

  it('token-bucket needs limit and window', () => {
    expect(() => faultsFromYaml('- endpoint: GET /v3/company/{realmId}/query\n  kind: rate-limit\n  params: { mode: token-bucket, limit: 5 }')).toThrow(/mode token-bucket needs limit and window/);
  });
});
