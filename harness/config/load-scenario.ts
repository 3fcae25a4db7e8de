import { resolve } from 'node:path';
import { runConfig } from './from-env.ts';
import { formatProblem } from '../input/format-problem.ts';
import { loadScenarioFile } from '../scenario/load.ts';
import type { Scenario } from '../scenario/types.ts';

/**
 * Loads one YAML scenario for a hand-written test, validated as `brownout run` would (the run's config's
 * providers when there is one); `id` picks one scenario of a file that holds several. Throws with every
 * problem (file:line:col) when the file is invalid.
 * @example
 * test('payee outage', async ({ drill }) => {
 *   const outcome = await drill.run(await loadScenario('scenarios/quickbooks/expense-payee-outage.yaml'));
 *   expect(outcome.result.verdict).toBe('pass');
 * });
 */
export async function loadScenario(file: string, id?: string): Promise<Scenario> {
  const config = await runConfig();
  const { scenarios, problems } = loadScenarioFile(resolve(file), config ? { providers: config.providers } : undefined);
  if (problems.length > 0) throw new Error(`brownout: invalid scenario file ${file}\n${problems.map(formatProblem).join('\n')}`);
  const found = id === undefined ? scenarios : scenarios.filter((s) => s.id === id);
  if (found.length !== 1) {
    const which = id === undefined ? 'holds several scenarios; pass the id of one' : `has no scenario with id "${id}"`;
    throw new Error(`brownout: ${file} ${which} (ids: ${scenarios.map((s) => s.id).join(', ')})`);
  }
  return found[0]!;
}
