import { expect, test } from '../../harness/playwright/fixtures.ts';
import { drillExampleOutage, fixtureConfig } from './drill-example.ts';

// A config's selectors reach the judge: Team Notes' error alert, shown as a plain <div> without role=alert,
// is read as an alert because the config names its element. Without the selector the same box is only found
// by its wording (evidence signal "text (error)"), and the copy linter still warns that it is not announced.
test.use({ configFile: fixtureConfig('plain-alerts-with-selectors.yaml') });

test('a selector makes a plain alert box count as an alert', async ({ drill, config }) => {
  const result = await drillExampleOutage(config, drill);
  expect(result.requests.byEndpoint).toEqual({ 'POST /api/chat.postMessage': 1 });
  expect(result.observed.kind).toBe('contextual-error-alert');
  const evidence = (result.evidence as { items?: { signal: string; selector: string }[] }).items ?? [];
  const located = evidence.filter((e) => e.selector);
  expect(located.map((e) => e.selector)).toEqual(['#form-alert']);
  expect(located[0]!.signal).toMatch(/^alert \(error from /);
  expect(result.copyFindings.map((f) => f.rule)).toContain('announced');
});
