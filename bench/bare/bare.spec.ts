import { expect, test as base } from '@playwright/test';
import { startDemo } from '../../demo/server.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import { REALM_ID } from '../../mocks/quickbooks/index.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';

// What a QA engineer writes by hand for the same check as scenarios/quickbooks/expense-payee-outage.yaml: the
// same mocks and guided demo, the payee query answering 503, the expense form showing its contextual alert.
const test = base.extend<{}, { mocks: MockRuntime; demoUrl: string }>({
  mocks: [async ({}, use) => {
    const mocks = await startMockRuntime();
    await use(mocks);
    await mocks.close();
  }, { scope: 'worker' }],
  demoUrl: [async ({ mocks }, use) => {
    const demo = await startDemo({ mode: 'guided', baseUrls: mocks.baseUrls, realmId: REALM_ID });
    await use(demo.url);
    await demo.close();
  }, { scope: 'worker' }],
});

test('expense form while the payee list is down shows a contextual alert', async ({ page, mocks, demoUrl }) => {
  mocks.applyFaults([{ provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage', probability: 1, when: {}, match: { query: { query: 'from Vendor' } }, params: { status: 503 } }]);
  await page.goto(new URL('/expenses/new', demoUrl).href);
  await expect(page.locator('#form-alert')).toBeVisible();
  await expect(page.locator('#payee[aria-invalid="true"]')).toBeVisible();
});
