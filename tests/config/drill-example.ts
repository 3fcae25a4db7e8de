import { fileURLToPath } from 'node:url';
import { expect } from '@playwright/test';
import type { ResolvedConfig } from '../../harness/config/load-config.ts';
import type { Drill } from '../../harness/playwright/fixtures.ts';
import type { ScenarioResult } from '../../harness/report/results.ts';
import { loadScenarios } from '../../harness/scenario/load.ts';

/** Absolute path of a config under tests/config/fixtures/. */
export const fixtureConfig = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Drills the example's Slack outage scenario with the worker's config and returns its results.json entry. */
export async function drillExampleOutage(config: ResolvedConfig | undefined, drill: Drill): Promise<ScenarioResult> {
  const { scenarios, problems } = loadScenarios(config!.scenarios, { providers: config!.providers });
  expect(problems).toEqual([]);
  return (await drill.run(scenarios[0]!)).result;
}
