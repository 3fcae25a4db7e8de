/**
 * A flow step that cannot go on because of the drill's fault is judged where it stopped (bounded by the stuck
 * threshold), not waited out to the test timeout; a step that stops with no fault hit is the flow's own failure.
 */
import { expect, test } from '@playwright/test';
import { runFlowSteps } from '../../harness/playwright/blocked-step.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { REALM_ID } from '../../mocks/quickbooks/data.ts';

let mocks: MockRuntime;
test.beforeAll(async () => { mocks = await startMockRuntime({ providers: ['quickbooks'] }); });
test.afterAll(async () => { await mocks.close(); });
test.beforeEach(() => mocks.reset());

const PAGE = '<label>Payee <select id="payee" disabled><option>Loading payees...</option></select></label>';
const pickPayee = (page: import('@playwright/test').Page) => () => page.getByLabel('Payee').and(page.locator(':enabled')).waitFor();
const query = () => fetch(`${mocks.baseUrls.quickbooks}/v3/company/${REALM_ID}/query?query=select%20*%20from%20Vendor`, { headers: { authorization: 'Bearer t' } });

test('a step the faulted call keeps from going on is reported as blocked, with what it waited for', async ({ page }) => {
  await page.setContent(PAGE);
  mocks.applyFaults([{ provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage', probability: 1, when: {}, params: { status: 503 } }]);
  expect((await query()).status).toBe(503);
  const blocked = await runFlowSteps(page, 300, () => mocks.journal(), pickPayee(page));
  expect(blocked?.waitingFor).toBe(`waiting for getByLabel('Payee').and(locator(':enabled')) to be visible`);
});

test('a step that stops before any fault hit is the flow failing, said so', async ({ page }) => {
  await page.setContent(PAGE);
  mocks.applyFaults([{ provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage', probability: 1, when: {}, params: { status: 503 } }]);
  await expect(runFlowSteps(page, 300, () => mocks.journal(), pickPayee(page))).rejects.toThrow(/stopped at this step before any faulted provider call/);
});

test('an error other than a timeout is the flow\'s own, rethrown as it was', async ({ page }) => {
  await query();
  await expect(runFlowSteps(page, 300, () => mocks.journal(), async () => { throw new TypeError('flow bug'); })).rejects.toThrow(new TypeError('flow bug'));
});

test('a flow that completes is not blocked', async ({ page }) => {
  await page.setContent('<button>Go</button>');
  // A real threshold: a click on a loaded machine can take longer than the 300 ms the blocked cases wait out.
  expect(await runFlowSteps(page, 8000, () => mocks.journal(), () => page.getByRole('button', { name: 'Go' }).click())).toBeNull();
});
