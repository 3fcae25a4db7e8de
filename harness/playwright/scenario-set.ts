import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../scenario/types.ts';

/** Environment variable naming the file of scenarios the CLI validated for this run (see writeScenarioSet). */
export const SCENARIO_SET_ENV = 'BROWNOUT_SCENARIO_SET';

/**
 * Writes the scenarios the CLI has just loaded and validated to `<runDir>/scenarios.json`, so Playwright's main
 * process and each worker read them back instead of parsing and validating every YAML file again (three times
 * per run before). Returns the file's path.
 */
export function writeScenarioSet(runDir: string, scenarios: readonly Scenario[]): string {
  mkdirSync(runDir, { recursive: true });
  const file = join(runDir, 'scenarios.json');
  writeFileSync(file, `${JSON.stringify({ scenarios })}\n`);
  return file;
}

/** The scenarios `writeScenarioSet` wrote; throws naming the file when it is unreadable or not such a file. */
export function readScenarioSet(file: string): Scenario[] {
  let parsed: { scenarios?: unknown };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as { scenarios?: unknown };
  } catch (error) {
    throw new Error(`brownout: cannot read the run's validated scenarios ${file} (${SCENARIO_SET_ENV}): ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed.scenarios)) throw new Error(`brownout: ${file} (${SCENARIO_SET_ENV}) holds no "scenarios" list; it is written by \`brownout run\`.`);
  return parsed.scenarios as Scenario[];
}
