import { expect, test } from '../../harness/playwright/fixtures.ts';
import { loadScenario } from '../../harness/config/load-scenario.ts';
import { fixtureConfig } from './drill-example.ts';

// With providers.strictAuth the QuickBooks mock refuses the product's own realm id as QuickBooks does (403), so
// the faulted query is never reached: the drill fails and its reason names the rejection, not only "never called".
test.use({ configFile: fixtureConfig('placeholder-identity/brownout.strict.config.yaml') });

test('the drill fails and its reason names the rejected call before any fault', async ({ drill }) => {
  const { result } = await drill.run(await loadScenario(fixtureConfig('placeholder-identity/scenarios/payees-outage.yaml')));
  expect(result.verdict).toBe('fail');
  expect(result.evidence.reason).toMatch(/the faulted endpoint was never called/);
  expect(result.evidence.reason).toContain('quickbooks answered 403 to GET /v3/company/4620816365257778210/vendor/33 before any fault');
});
