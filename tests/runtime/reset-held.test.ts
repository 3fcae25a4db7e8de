import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { qboRequests } from '../../mocks/quickbooks/test-requests.ts';
import { queryFault } from './yaml-faults.ts';

// A worker keeps its mocks and product from one drill to the next: a call the last drill's hang still holds
// (a product with no timeout never gives up on it) must not count as in flight in the next one.
let mocks: MockRuntime;
beforeAll(async () => { mocks = await startMockRuntime({ providers: ['quickbooks'] }); });
afterAll(() => mocks.close());

it('reset() ends a call a hang still holds: the client sees its connection end, nothing stays in flight', async () => {
  mocks.applyFaults(queryFault('hang'));
  const held = qboRequests(mocks.baseUrls.quickbooks!).query('select * from Vendor').then(() => 'answered', (error: Error) => (error.cause as { code?: string } | undefined)?.code ?? error.message);
  await expect.poll(() => mocks.inFlight()).toBe(1);
  mocks.reset();
  expect(await held).toMatch(/ECONNRESET|UND_ERR_SOCKET|other side closed/);
  await expect.poll(() => mocks.inFlight()).toBe(0);
  expect(mocks.journal()).toEqual([]);
  // The next call, with no fault, is answered as usual.
  expect((await qboRequests(mocks.baseUrls.quickbooks!).query('select * from Vendor')).status).toBe(200);
});
