import { relative } from 'node:path';
import { mergeRuns } from '../report/merge-runs.ts';

/**
 * `brownout merge`: one results.json from shard runs (or a killed run's journal.jsonl); prints the totals.
 * Runs that cannot be merged throw `ReportInputError` (exit 2 through `runAction`).
 */
export function mergeCommand(paths: string[], options: { out: string; label?: string }): 0 {
  const journal = mergeRuns(paths, { ...options, warn: (message) => console.error(message) });
  const failed = journal.scenarios.filter((s) => s.verdict !== 'pass').length;
  const where = relative(process.cwd(), options.out) || options.out;
  console.log(`brownout: merged ${paths.length} run(s): ${journal.scenarios.length} scenario(s), ${journal.scenarios.length - failed} passed, ${failed} failed; results in ${where}/results.json`);
  return 0;
}
