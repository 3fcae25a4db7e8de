import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderDefinition } from '../../mocks/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { ownValue } from '../own.ts';
import { scenarioStub, type ScenarioStub } from './drill-annotations.ts';

/** A validated scenario and the stub the reporter records it by (its provider's title already looked up). */
export interface SetEntry {
  scenario: Scenario;
  stub: ScenarioStub;
}

/** Environment variable naming the file of scenarios the CLI validated for this run (see writeScenarioSet). */
export const SCENARIO_SET_ENV = 'BROWNOUT_SCENARIO_SET';

/** Each scenario with its stub, its provider looked up among `providers`. */
export function setEntries(scenarios: readonly Scenario[], providers: Record<string, Pick<ProviderDefinition, 'title' | 'category'>>): SetEntry[] {
  return scenarios.map((scenario) => ({ scenario, stub: scenarioStub(scenario, ownValue(providers, scenario.integration)) }));
}

/**
 * Writes the scenarios the CLI has just loaded and validated, with their stubs, to `<runDir>/scenarios.json`, so
 * Playwright's main process and each worker read them back instead of loading the config and parsing and
 * validating every YAML file again (three times per run before). Returns the file's path.
 */
export function writeScenarioSet(runDir: string, entries: readonly SetEntry[]): string {
  mkdirSync(runDir, { recursive: true });
  const file = join(runDir, 'scenarios.json');
  writeFileSync(file, `${JSON.stringify({ entries })}\n`);
  return file;
}

/** The entries `writeScenarioSet` wrote; throws naming the file when it is unreadable or not such a file. */
export function readScenarioSet(file: string): SetEntry[] {
  let parsed: { entries?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as { entries?: unknown };
  } catch (error) {
    throw new Error(`brownout: cannot read the run's validated scenarios ${file} (${SCENARIO_SET_ENV}): ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed.entries)) throw new Error(`brownout: ${file} (${SCENARIO_SET_ENV}) holds no "entries" list; it is written by \`brownout run\`.`);
  return parsed.entries as SetEntry[];
}
