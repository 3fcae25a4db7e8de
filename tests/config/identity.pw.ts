import { expect, test } from '../../harness/playwright/fixtures.ts';
import { loadScenario } from '../../harness/config/load-scenario.ts';
import { fixtureConfig } from './drill-example.ts';

// Identity is not the fault under test (issue 12): a product whose server sends a placeholder token and its own
// sandbox realm id is drilled as intended by default (identity-strict.pw.ts: the same product with strictAuth).
test.use({ configFile: fixtureConfig('placeholder-identity/brownout.config.yaml') });

test('any token and realm reach the fault: the helpful alert passes', async ({ drill }) => {
  const { result } = await drill.run(await loadScenario(fixtureConfig('placeholder-identity/scenarios/payees-outage.yaml')));
  expect([result.verdict, result.observed.category, result.observed.kind], result.evidence.reason).toEqual(['pass', 'helpful-error', 'contextual-error-alert']);
  expect(result.requests.byEndpoint).toEqual({ 'GET /v3/company/{realmId}/vendor/{id}': 1, 'GET /v3/company/{realmId}/query': 1 });
});
