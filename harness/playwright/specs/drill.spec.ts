import { delimiter } from 'node:path';
import { RESULT_ATTACHMENT, SCENARIO_ANNOTATION } from '../drill-annotations.ts';
import { expect, test } from '../fixtures.ts';
import { readScenarioSet, SCENARIO_SET_ENV, setEntries, type SetEntry } from '../scenario-set.ts';

// Turns every scenario under BROWNOUT_SCENARIOS (default: the config's scenarios) into one Playwright test.
// `brownout run` validated them once already and wrote them, each with its stub, to a file
// (BROWNOUT_SCENARIO_SET): Playwright's main process only lists tests, and reads that file without loading the
// config, its flows and providers, or the harness (the fixtures load it where they run).
async function loadHere(): Promise<SetEntry[]> {
  const [{ runConfig }, { loadScenarios }, { formatProblem }] = await Promise.all([import('../../config/from-env.ts'), import('../../scenario/load.ts'), import('../../input/format-problem.ts')]);
  const config = await runConfig();
  const paths = process.env.BROWNOUT_SCENARIOS?.split(delimiter) ?? config.scenarios;
  const { scenarios, problems } = loadScenarios(paths, { providers: config.providers });
  if (problems.length > 0) throw new Error(`brownout: invalid scenarios\n${problems.map(formatProblem).join('\n')}`);
  return setEntries(scenarios, config.providers);
}
const set = process.env[SCENARIO_SET_ENV];
const entries = set ? readScenarioSet(set) : await loadHere();

for (const { scenario, stub } of entries) {
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
