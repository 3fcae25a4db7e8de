/** Headline metrics and tallies of a run (taxonomy section 4), and the step that closes a journal. */
import { categoryOf, headlineMetrics, type MetricGroup, type Severity } from '../guidelines/taxonomy.ts';
import { isPrescribedResponse, severityOf, type SeverityInput } from './severity.ts';
import type { RunInfo, RunJournal, RunMetrics, RunTallies, ScenarioResult } from './results.ts';

/** What the metrics read from each scenario. */
type MetricInput = SeverityInput;

/**
 * Headline metrics over N = all scenarios given (taxonomy section 4), as fractions 0..1 (not rounded).
 * Each of the first three counts the categories of its metric group (from `taxonomy.yaml`); prescribed
 * coverage counts scenarios whose response is the prescribed kind with no copy-rule error, over N plus the
 * audit's TBD calls (`tbdCalls`). N = 0 gives zeros.
 * @example computeMetrics(journal.scenarios).noIndication // 0.334 for the case study's tally
 */
export function computeMetrics(scenarios: readonly MetricInput[], options: { tbdCalls?: number } = {}): RunMetrics {
  const n = scenarios.length;
  // An API call left TBD (no declared context) had no drill, so no prescribed response: it counts as not covered.
  const coverageN = n + (options.tbdCalls ?? 0);
  const byGroup = new Map<MetricGroup, number>();
  let covered = 0;
  for (const s of scenarios) {
    const group = categoryOf(s.observed.category)?.metric ?? 'none';
    byGroup.set(group, (byGroup.get(group) ?? 0) + 1);
    if (isPrescribedResponse(s)) covered += 1;
  }
  const share = (count: number) => (n === 0 ? 0 : count / n);
  // The absorbed outcome is no problem: its group is `none`, and it is reported as its own share.
  const absorbed = scenarios.filter((s) => s.observed.category === 'no-impact').length;
  const metrics: RunMetrics = { noIndication: 0, incorrect: 0, unhelpful: 0, prescribedCoverage: coverageN === 0 ? 0 : covered / coverageN, noImpact: share(absorbed) };
  for (const m of headlineMetrics) {
    if (m.group) metrics[m.id] = share(byGroup.get(m.group) ?? 0);
  }
  return metrics;
}

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Counts per observed category, per severity and per verdict (keys with a zero count are left out). */
export function computeTallies(
  scenarios: readonly { observed: { category: string }; severity: Severity; verdict: ScenarioResult['verdict'] }[],
): RunTallies {
  const tallies: Required<RunTallies> = { category: {}, severity: {}, verdict: {} };
  for (const s of scenarios) {
    bump(tallies.category, s.observed.category);
    bump(tallies.severity, s.severity);
    bump(tallies.verdict, s.verdict);
  }
  return tallies;
}

/** A scenario result as the runner hands it over; a missing severity is computed. */
export type UnfinishedScenario = Omit<ScenarioResult, 'severity'> & { severity?: Severity };

/**
 * Closes a run: fills in each scenario's severity where missing (`severityOf`) and adds the metrics and
 * tallies, giving the journal to write as `results.json`.
 * @example writeFileSync(file, JSON.stringify(finalizeRun(run, results), null, 2))
 */
export function finalizeRun(run: RunInfo, scenarios: readonly UnfinishedScenario[]): RunJournal {
  const finished = scenarios.map((s): ScenarioResult => ({ ...s, severity: s.severity ?? severityOf(s) }));
  return { run, scenarios: finished, metrics: computeMetrics(finished), tallies: computeTallies(finished) };
}
