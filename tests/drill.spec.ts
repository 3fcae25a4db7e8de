import { delimiter, join } from 'node:path';
import { RESULT_ATTACHMENT, SCENARIO_ANNOTATION, evidenceName, scenarioStub } from '../harness/playwright/drill-annotations.ts';
import { runConfig } from '../harness/config/from-env.ts';
import { expect, test } from '../harness/playwright/fixtures.ts';
import { readScenarioSet, SCENARIO_SET_ENV } from '../harness/playwright/scenario-set.ts';

// Turns every scenario into one Playwright test: those `brownout run` validated (BROWNOUT_SCENARIO_SET), else
// those under BROWNOUT_SCENARIOS (default: the config's scenarios, else `scenarios/`), loaded and validated here,
// with a config's own providers as known integrations.
const config = await runConfig();
async function loadHere() {
  const [{ loadScenarios }, { formatProblem }] = await Promise.all([import('../harness/scenario/load.ts'), import('../harness/scenario/format-problem.ts')]);
  const paths = process.env.BROWNOUT_SCENARIOS?.split(delimiter) ?? config?.scenarios ?? ['scenarios'];
  const { scenarios, problems } = loadScenarios(paths, config ? { providers: config.providers } : undefined);
  if (problems.length > 0) throw new Error(`brownout: invalid scenarios\n${problems.map(formatProblem).join('\n')}`);
  return scenarios;
}
const set = process.env[SCENARIO_SET_ENV];
const scenarios = set ? readScenarioSet(set) : await loadHere();

for (const scenario of scenarios) {
  const stub = scenarioStub(scenario);
  // Allure reads `allure.label.*` annotations: group drills by integration, flow and fault kind.
  const allure = [
    { type: 'allure.label.epic', description: scenario.integration },
    { type: 'allure.label.feature', description: scenario.flow },
    { type: 'allure.label.story', description: scenario.faults.map((f) => f.kind).join(', ') },
  ];
  const annotation = [{ type: SCENARIO_ANNOTATION, description: JSON.stringify(stub) }, ...allure];
  test(scenario.id, { annotation, tag: scenario.tags.map((t) => `@${t}`) }, async ({ drill }, testInfo) => {
    const outcome = await drill.run(scenario);
    await testInfo.attach(RESULT_ATTACHMENT, { body: JSON.stringify(outcome.result), contentType: 'application/json' });
    const { verdict, severity, observed: shown } = outcome.result;
    const summary = [`verdict: ${verdict} (${severity})`, `observed: ${shown.kind ?? shown.category}`, `prescribed: ${outcome.result.prescribed}`, outcome.classificationReason, '', 'messages shown:', ...shown.messages.map((m) => `  ${m}`)];
    await testInfo.attach('verdict', { body: summary.join('\n'), contentType: 'text/plain' });
    await testInfo.attach('screenshot', { path: join(process.env.BROWNOUT_RUN_DIR!, `${evidenceName(scenario.id)}.png`), contentType: 'image/png' });
    const { observed, prescribed: expected } = outcome.result;
    expect(outcome.reasons, `${scenario.title}: observed ${observed.kind ?? observed.category}, prescribed ${expected}. ${outcome.classificationReason}`).toEqual([]);
  });
}
