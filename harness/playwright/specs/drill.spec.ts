import { delimiter } from 'node:path';
import { RESULT_ATTACHMENT, SCENARIO_ANNOTATION, scenarioStub } from '../drill-annotations.ts';
import { runConfig } from '../../config/from-env.ts';
import { expect, test } from '../fixtures.ts';
import { formatProblem } from '../../input/format-problem.ts';
import { loadScenarios } from '../../scenario/load.ts';
import { ownValue } from '../../own.ts';
import { readScenarioSet, SCENARIO_SET_ENV } from '../scenario-set.ts';

// Turns every scenario under BROWNOUT_SCENARIOS (default: the config's scenarios) into one Playwright test;
// the config's providers are the known integrations.
const config = await runConfig();
const paths = process.env.BROWNOUT_SCENARIOS?.split(delimiter) ?? config.scenarios;
function loadHere() {
  const { scenarios, problems } = loadScenarios(paths, { providers: config.providers });
  if (problems.length > 0) throw new Error(`brownout: invalid scenarios\n${problems.map(formatProblem).join('\n')}`);
  return scenarios;
}
// `brownout run` validated them once already and wrote them to a file (BROWNOUT_SCENARIO_SET).
const set = process.env[SCENARIO_SET_ENV];
const scenarios = set ? readScenarioSet(set) : loadHere();

for (const scenario of scenarios) {
  const stub = scenarioStub(scenario, ownValue(config.providers, scenario.integration));
  const annotation = [{ type: SCENARIO_ANNOTATION, description: JSON.stringify(stub) }];
  test(scenario.id, { annotation, tag: scenario.tags.map((t) => `@${t}`) }, async ({ drill }, testInfo) => {
    const outcome = await drill.run(scenario);
    // The results reporter turns this into the journal entry, junit.xml and the Allure result (verdict text and
    // screenshot attached there, from the run folder).
    await testInfo.attach(RESULT_ATTACHMENT, { body: JSON.stringify(outcome.result), contentType: 'application/json' });
    const { observed, prescribed: expected } = outcome.result;
    // A failing verdict is the drill's finding, reported from the journal (results.json, junit.xml, Allure, the
    // exit code), not a broken worker: expected, so Playwright keeps this worker's product, mocks and browser for
    // the next drill instead of restarting them (seconds per failing drill).
    test.fail(outcome.reasons.length > 0, 'the verdict fails: a finding, reported in results.json');
    expect(outcome.reasons, `${scenario.title}: observed ${observed.kind ?? observed.category}, prescribed ${expected}. ${outcome.classificationReason}`).toEqual([]);
  });
}
