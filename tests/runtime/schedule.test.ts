import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { qboRequests } from '../../mocks/quickbooks/test-requests.ts';
import { queryFault } from './yaml-faults.ts';

let mocks: MockRuntime;
let qbo: ReturnType<typeof qboRequests>;
beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['quickbooks'] });
  qbo = qboRequests(mocks.baseUrls.quickbooks!);
  await (await qbo.query('select * from Vendor')).arrayBuffer();
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

/** An outage on the query endpoint with `when` written in YAML (a flow mapping). */
const outageWhen = (when: string) => queryFault('outage', '{}', `when: ${when}`);
const status = async () => (await qbo.query('select * from Vendor')).status;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('when, through the runtime', () => {
  it('sequence: fail, fail, pass, then pass', async () => {
    mocks.applyFaults(outageWhen('{ sequence: [fail, fail, pass] }'));
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await status());
    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  it('forMs: down from the first call for 400 ms, then up', async () => {
    mocks.applyFaults(outageWhen('{ for: 400ms }'));
    expect(await status()).toBe(503);
    await wait(150);
    expect(await status()).toBe(503);
    await wait(400);
    expect(await status()).toBe(200);
  });

  it('after + for: the window starts with the first call after the passed ones', async () => {
    mocks.applyFaults(outageWhen('{ after: 1, for: 300ms }'));
    expect(await status()).toBe(200);
    await wait(400);
    expect([await status(), await status()]).toEqual([503, 503]);
    await wait(400);
    expect(await status()).toBe(200);
  });

  it('flap: up 300 ms, down 300 ms, repeating', async () => {
    mocks.applyFaults(outageWhen('{ flap: { up: 300ms, down: 300ms } }'));
    const started = performance.now();
    // Sample the middle of each phase, so a late timer still lands in the same phase.
    const at = async (ms: number) => {
      await wait(ms - (performance.now() - started));
      return status();
    };
    expect([await at(0), await at(450), await at(750), await at(1050)]).toEqual([200, 503, 200, 503]);
  });
});
