import { expect, test } from '@playwright/test';
import { builtinProviders } from '../../mocks/index.ts';
import { qboRequests } from '../../mocks/quickbooks/test-requests.ts';
import { startControlServer, type ControlServer } from '../../harness/control/control-server.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
const TOKEN = 'page-test-token';

let runtime: MockRuntime;
let control: ControlServer;

test.beforeAll(async () => {
  runtime = await startMockRuntime();
  // With a token, as on a shared host: the page must carry it into every call it makes.
  control = await startControlServer({ runtime, definitions: builtinProviders, host: '127.0.0.1', port: 0, token: TOKEN });
});
test.beforeEach(async () => {
  const reset = await fetch(`${control.url}/reset`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } });
  expect(reset.status).toBe(204);
});
test.afterAll(async () => {
  await control?.close();
  await runtime?.close();
});

test('a tester applies a fault on the control page and the next request to the provider fails', async ({ page }) => {
  const qbo = qboRequests(runtime.baseUrls.quickbooks!);
  expect((await qbo.query('select * from Vendor')).status).toBe(200);

  await page.goto(`${control.url}/?token=${TOKEN}`);
  await expect(page.getByRole('heading', { level: 1, name: 'brownout mocks' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Provider' }).selectOption('quickbooks');
  await page.getByRole('combobox', { name: 'Endpoint' }).selectOption(QUERY);
  await page.getByRole('combobox', { name: 'Fault kind' }).selectOption('outage');
  await page.getByLabel('Parameters (JSON, optional)').fill('{"status": 500}');
  await page.getByRole('button', { name: 'Apply fault' }).click();
  await expect(page.getByRole('status')).toHaveText(/Applied fault f\d+: outage on quickbooks GET \/v3\/company\/\{realmId\}\/query\./);

  const failed = await qbo.query('select * from Vendor');
  expect(failed.status).toBe(500);

  const activeFaults = page.getByRole('region', { name: 'Active faults' });
  await expect(activeFaults.getByRole('row')).toHaveCount(2);
  const requests = page.getByRole('region', { name: 'Recent requests' });
  await expect(requests.getByRole('row').nth(1)).toContainText('outage');
  await expect(requests.getByRole('row').nth(1)).toContainText('500');

  await activeFaults.getByRole('button', { name: /^Remove fault f\d+/ }).click();
  await expect(page.getByText('No active fault')).toBeVisible();
  expect((await qbo.query('select * from Vendor')).status).toBe(200);
});

test('the page shows the control API\'s message for a bad fault and applies nothing', async ({ page }) => {
  await page.goto(`${control.url}/?token=${TOKEN}`);
  await page.getByRole('combobox', { name: 'Fault kind' }).selectOption('outage');
  await page.getByLabel('Parameters (JSON, optional)').fill('{"status": "fast"}');
  await page.getByRole('button', { name: 'Apply fault' }).click();
  await expect(page.getByRole('alert')).toContainText('faults[0].params.status');
  await expect(page.getByText('No active fault')).toBeVisible();
  expect((await qboRequests(runtime.baseUrls.quickbooks!).query('select * from Vendor')).status).toBe(200);
});

test('a whole-provider fault narrowed by match and when: only the matching request after the first one fails', async ({ page }) => {
  const qbo = qboRequests(runtime.baseUrls.quickbooks!);
  await page.goto(`${control.url}/?token=${TOKEN}`);
  await page.getByRole('combobox', { name: 'Provider' }).selectOption('quickbooks');
  await page.getByRole('combobox', { name: 'Endpoint' }).selectOption('*');
  await expect(page.locator('#endpoint-summary')).toHaveText('Every call to this provider, whatever the endpoint.');
  await page.getByRole('combobox', { name: 'Fault kind' }).selectOption('outage');
  await page.getByLabel('Match (JSON, optional)').fill('{"query": {"query": "from Vendor"}}');
  await page.getByLabel('When (JSON, optional)').fill('{"after": 1}');
  await page.getByRole('button', { name: 'Apply fault' }).click();
  await expect(page.getByRole('status')).toHaveText(/Applied fault f\d+: outage on quickbooks \*\./);
  await expect(page.getByRole('region', { name: 'Active faults' }).getByRole('row').nth(1)).toContainText('match {"query":{"query":"from Vendor"}}; when {"after":1}');

  expect((await qbo.query('select * from Vendor')).status).toBe(200); // the first matching request passes (after: 1)
  expect((await qbo.query('select * from Account')).status).toBe(200); // not matched
  expect((await qbo.query('select * from Vendor')).status).toBe(503);
});

test('a When that is not JSON is refused on the page, naming the field, and nothing is applied', async ({ page }) => {
  await page.goto(`${control.url}/?token=${TOKEN}`);
  await page.getByLabel('When (JSON, optional)').fill('after: 1');
  await page.getByRole('button', { name: 'Apply fault' }).click();
  await expect(page.getByRole('alert')).toHaveText('When is not valid JSON: after: 1');
  await expect(page.getByLabel('When (JSON, optional)')).toBeFocused();
  expect(await (await fetch(`${control.url}/faults`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()).toEqual([]);
});
