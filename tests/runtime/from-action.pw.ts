/**
 * A fault with `when: { fromAction: true }` (what `brownout audit` gives stale-data drills) lets the page's first
 * load through and faults the calls after the flow's `markAction()`; a flow that never marks its action cannot
 * run such a drill, and is told so instead of being judged as if the fault had hit.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { runScenario } from '../../harness/playwright/run-scenario.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import type { Flow } from '../../harness/flows/types.ts';
import type { Scenario } from '../../harness/scenario/types.ts';
import { builtinProviders } from '../../mocks/index.ts';
import { REALM_ID } from '../../mocks/quickbooks/data.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
let mocks: MockRuntime;
test.beforeAll(async () => { mocks = await startMockRuntime({ providers: ['quickbooks'] }); });
test.afterAll(async () => { await mocks.close(); });

/** The test's own output folder (test-results/, emptied by Playwright at each run). */
function freshDir(): string {
  const dir = test.info().outputPath('run');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const vendors = async () => (await fetch(`${mocks.baseUrls.quickbooks}/v3/company/${REALM_ID}/query?query=select%20*%20from%20Vendor`, { headers: { authorization: 'Bearer t' } })).status;

/** A list page that loads its vendors, then (after the action, when `marks`) refreshes them. */
const refresh = (marks: boolean, statuses: number[]): Flow => ({
  name: 'quickbooks.refresh-vendors', integration: 'quickbooks', title: 'Refresh the vendor list',
  async run({ page, markAction }) {
    await page.setContent('<h1>Vendors</h1><ul><li>Acme</li></ul><button>Refresh</button>');
    statuses.push(await vendors());
    if (marks) await markAction();
    statuses.push(await vendors());
  },
});

const scenario = (): Scenario => ({
  id: 'quickbooks/refresh-vendors-stale', title: 'Vendor refresh fails after the list loaded', integration: 'quickbooks', flow: 'quickbooks.refresh-vendors',
  context: { initiatedBy: 'viewing', data: 'stale' }, expect: {}, seed: 1, observe: { stuckMs: 1_000, settleMs: 200 }, tags: [], prescribed: 'contextual-warning-alert',
  faults: [{ provider: 'quickbooks', endpoint: QUERY, kind: 'outage', probability: 1, when: { fromAction: true }, params: { status: 503 } }],
  source: { file: 'from-action.pw.ts', line: 1, col: 1 },
});

test('the first load passes and the call after markAction() is faulted', async ({ page }) => {
  const statuses: number[] = [];
  const runDir = freshDir();
  const { result } = await runScenario({ page, scenario: scenario(), flow: refresh(true, statuses), mocks, providers: builtinProviders, baseUrl: 'about:blank', runDir });
  expect(statuses).toEqual([200, 503]);
  expect(result.id).toBe('quickbooks/refresh-vendors-stale');
});

test('a flow that never calls markAction() is told the fault waits for it', async ({ page }) => {
  const statuses: number[] = [];
  const runDir = freshDir();
  await expect(runScenario({ page, scenario: scenario(), flow: refresh(false, statuses), mocks, providers: builtinProviders, baseUrl: 'about:blank', runDir }))
    .rejects.toThrow(/waits for the flow's action \(when: \{ fromAction: true \}\) but flow quickbooks\.refresh-vendors never called markAction\(\)/);
  expect(statuses).toEqual([200, 200]);
});
