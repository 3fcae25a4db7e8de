/**
 * brownout/test's fixtures as a hand-written spec uses them: a test that applies a fault (with YAML's defaults:
 * no probability, when or params given) and calls the mock, then a test that only reads `mocks`. The second
 * sees no fault and an empty journal: faults and journal are reset before every test, not only by `drill`.
 */
import { expect, test } from 'brownout/test';
import { REALM_ID } from '../../mocks/quickbooks/data.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
const vendors = (base: string) =>
  fetch(`${base}/v3/company/${REALM_ID}/query?query=${encodeURIComponent('select * from Vendor')}`, { headers: { authorization: 'Bearer placeholder' } });

test.describe.configure({ mode: 'serial' });

test('a test that applies an outage sees it', async ({ mocks }) => {
  mocks.applyFaults([{ provider: 'quickbooks', endpoint: QUERY, kind: 'outage' }]);
  const answer = await vendors(mocks.baseUrls.quickbooks!);
  expect(answer.status).toBe(503);
  expect(mocks.journal()).toHaveLength(1);
});

test('the next test, with no fault of its own, sees no fault and an empty journal', async ({ mocks }) => {
  expect(mocks.journal()).toEqual([]);
  const answer = await vendors(mocks.baseUrls.quickbooks!);
  expect(answer.status).toBe(200);
  expect(mocks.journal().map((e) => e.fault ?? null)).toEqual([null]);
});
