import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import type { FaultSpec } from '../../harness/scenario/types.ts';
import { startDemo, type RunningDemo } from '../../demo/server.ts';
import { REALM_ID } from '../../mocks/quickbooks/index.ts';

// The hub in a real browser, both UX modes side by side on the same faults: what each one shows the user.
const fault = (provider: string, endpoint: string, kind: string, extra: Partial<FaultSpec> = {}): FaultSpec =>
  ({ provider, endpoint, kind, probability: 1, when: {}, params: {}, ...extra });
const QUERY = 'GET /v3/company/{realmId}/query';
/** Where the tour's screenshots stay for a person to look at (git-ignored). */
const TOUR_DIR = 'test-results/demo-tour';

let mocks: MockRuntime;
const demos: Record<'legacy' | 'guided', RunningDemo> = {} as never;

test.beforeAll(async () => {
  mocks = await startMockRuntime();
  demos.legacy = await startDemo({ mode: 'legacy', baseUrls: mocks.baseUrls, realmId: REALM_ID });
  demos.guided = await startDemo({ mode: 'guided', baseUrls: mocks.baseUrls, realmId: REALM_ID });
});
test.afterAll(async () => {
  await Promise.all([demos.legacy?.close(), demos.guided?.close()]);
  await mocks?.close();
});
test.beforeEach(() => mocks.reset());

const open = (page: Page, mode: 'legacy' | 'guided', path: string) => page.goto(`${demos[mode].url}${path}`);

test('healthy: every page of the hub renders with its nav and no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  for (const path of ['/integrations', '/workflows/invoice-on-deal-won', '/customers', '/customers/cool-cars', '/slack/channels/new', '/contacts', '/expenses/new', '/settings/zoom', '/reports', '/integrations/quickbooks/install']) {
    await open(page, 'guided', path);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"], .spinner:visible')).toHaveCount(0, { timeout: 8000 });
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.screenshot({ path: join(TOUR_DIR, `guided${path.replace(/\//g, '_')}.png`), fullPage: true });
  }
  expect(errors).toEqual([]);
});

test('optional QuickBooks dropdown down: legacy says no products, guided warns and still lets the user save', async ({ page }) => {
  mocks.applyFaults([fault('quickbooks', QUERY, 'outage', { match: { query: { query: 'from Item' } } })]);
  await open(page, 'legacy', '/workflows/invoice-on-deal-won');
  await expect(page.getByLabel(/Create a product in QuickBooks/).locator('option', { hasText: 'No products found' })).toHaveCount(1);
  await open(page, 'guided', '/workflows/invoice-on-deal-won');
  await expect(page.locator('#action-form [role="alert"].alert-warning')).toContainText("We're having trouble connecting to QuickBooks right now.");
  await expect(page.getByRole('button', { name: 'Save' })).toBeEnabled();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Workflow saved.' })).toBeVisible();
});

test('connection cards during a QuickBooks outage: legacy "reconnect now", guided "connection lost"', async ({ page }) => {
  mocks.applyFaults([fault('quickbooks', QUERY, 'outage', { match: { query: { query: 'maxresults 1' } } })]);
  await open(page, 'legacy', '/integrations');
  const legacyCard = page.getByRole('article', { name: 'QuickBooks' });
  await expect(legacyCard.getByRole('alert')).toContainText('QuickBooks is disconnected - reconnect now.');
  await open(page, 'guided', '/integrations');
  const card = page.getByRole('article', { name: 'QuickBooks' });
  await expect(card.getByRole('status')).toContainText("We've temporarily lost connection with QuickBooks.");
  await expect(card.getByRole('link', { name: /Reconnect/ })).toHaveCount(0);
  await expect(page.getByRole('article', { name: 'Slack' })).toContainText('Active');
  await page.screenshot({ path: join(TOUR_DIR, 'guided-integrations-connection-lost.png'), fullPage: true });
});

test('Slack invite fails after the channel is created: legacy toasts success, guided says what was and was not done', async ({ page }) => {
  mocks.applyFaults([fault('slack', 'POST /api/conversations.invite', 'outage')]);
  for (const mode of ['legacy', 'guided'] as const) {
    await open(page, mode, '/slack/channels/new');
    const people = page.getByLabel('People to invite');
    await expect(people).toBeEnabled();
    await people.selectOption([{ index: 0 }, { index: 1 }]);
    await page.getByLabel('Channel name').fill(`acct-tour-${mode}`);
    await page.getByRole('button', { name: 'Create channel' }).click();
    if (mode === 'legacy') await expect(page.locator('#toasts').getByRole('status')).toContainText(`Channel #acct-tour-legacy created in Slack`);
    else await expect(page.locator('#slack-form').getByRole('alert')).toContainText("We created the Slack channel #acct-tour-guided, but we couldn't invite the 2 people you picked.");
  }
});

test('a customer page that cannot load: legacy spins on, guided shows a full-page empty state', async ({ page }) => {
  mocks.applyFaults([fault('quickbooks', QUERY, 'outage', { match: { query: { query: 'from Customer' } } })]);
  await open(page, 'legacy', '/customers/cool-cars');
  await page.waitForTimeout(1500);
  await expect(page.getByRole('progressbar', { name: 'Loading the customer' })).toBeVisible();
  await open(page, 'guided', '/customers/cool-cars');
  const empty = page.locator('[data-empty-state="page"]');
  await expect(empty.getByRole('heading', { level: 1 })).toHaveText("We're having trouble connecting to QuickBooks right now.");
  await expect(empty.getByRole('link', { name: 'Back to customers' })).toBeVisible();
});
