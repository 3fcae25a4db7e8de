import { formatGate, gateRun } from '../report/gate.ts';
import { readRun } from '../report/read-run.ts';
import type { RunJournal } from '../report/results.ts';

/**
 * Gates a run against a baseline (a run folder or results.json) and prints the changes.
 * Returns 0 when nothing regressed, 1 when something did; a run that cannot be read throws `ReportInputError`
 * (exit 2 through `runAction`).
 */
export function gateCommand(baseline: string, current: RunJournal | string, options: { allowMissing?: boolean } = {}): 0 | 1 {
  const base = readRun(baseline).journal;
  const now = typeof current === 'string' ? readRun(current).journal : current;
  const gate = gateRun(base, now, options);
  (gate.passed ? console.log : console.error)(formatGate(gate, `${baseline} (${base.run.label})`));
  return gate.passed ? 0 : 1;
}

/** Why a baseline cannot be used (checked before a run, so a typo does not cost a whole run), or null. */
export function baselineProblem(baseline: string): string | null {
  try {
    readRun(baseline);
    return null;
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}\nbrownout: --baseline must name a run folder or results.json from an earlier run; nothing was run.`;
  }
}
