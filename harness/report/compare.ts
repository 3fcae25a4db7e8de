/** Before/after comparison of two runs: the numbers every impact report (HTML, Markdown, JSON, console) shows. */
import { categoryOf, headlineMetrics, kindOf, severityOrder, type HeadlineMetricId, type Severity } from '../guidelines/taxonomy.ts';
import { tbdCount } from './coverage.ts';
import { computeMetrics } from './metrics.ts';
import type { LoadedRun } from './read-run.ts';
import type { RunInfo, RunMetrics, ScenarioResult } from './results.ts';

/** How a headline metric moved between the runs. */
export interface MetricChange {
  id: HeadlineMetricId;
  label: string;
  /** Fractions 0..1. */
  before: number;
  after: number;
  /** after - before (fraction; x100 = percentage points). */
  delta: number;
  better: 'lower' | 'higher';
  /** The bar to reach (fraction), when the taxonomy sets one. */
  target?: number;
  trend: 'improved' | 'worse' | 'same';
}

/** How one scenario changed: by severity rank, then by verdict; `added`/`removed` when in one run only. */
export type ScenarioChange = 'improved' | 'regressed' | 'unchanged' | 'added' | 'removed';

/** One scenario in both runs (either side may be missing). */
export interface ScenarioPair {
  id: string;
  /** The scenario's title (after, else before), else its id. */
  title: string;
  before?: ScenarioResult;
  after?: ScenarioResult;
  change: ScenarioChange;
}

/** One side of the comparison. */
export interface RunSide {
  run: RunInfo;
  /** Scenarios in the run (N of the metrics). */
  scenarioCount: number;
  severity: Record<Severity, number>;
  /** Drills per verdict. */
  verdict: { pass: number; fail: number };
  /** API calls an audit left TBD (no declared context); 0 for a plain run. */
  tbdCalls: number;
}

/** Everything an impact report shows, computed once from two journals. */
export interface ImpactComparison {
  before: RunSide;
  after: RunSide;
  metrics: MetricChange[];
  /** Regressions first, then improvements, unchanged, added, removed; journal order within each. */
  scenarios: ScenarioPair[];
  /** A report of one run: both sides are that run and only the `after` side is shown. */
  single?: boolean;
}

/** A side of the comparison. */
export type Side = 'before' | 'after';

/** The sides a report shows: both, or only `after` for a single run. */
export const shownSides = (impact: Pick<ImpactComparison, 'single'>): readonly Side[] => (impact.single ? ['after'] : ['before', 'after']);

/** A column heading for a side, e.g. `Before · legacy`; just the label for a single run. */
export function sideHeading(impact: Pick<ImpactComparison, 'single' | 'before' | 'after'>, side: Side): string {
  const label = impact[side].run.label;
  return impact.single ? label : `${side === 'before' ? 'Before' : 'After'} · ${label}`;
}

/**
 * The comparison of one run with itself, shown as a single-run report (an audit's own report).
 * @example compareRun(readRun('reports/audit-guided'))
 */
export function compareRun(run: LoadedRun): ImpactComparison {
  return { ...compareRuns(run, run), single: true };
}

// Same order as the pairs are listed in: what needs attention first.
const changeOrder: ScenarioChange[] = ['regressed', 'improved', 'unchanged', 'added', 'removed'];
// Severity rank for comparisons: higher is better; `unknown` is not ranked.
const rank = (s: Severity) => (s === 'unknown' ? null : severityOrder.indexOf(s)); // worst first, so a later index is better
const verdictRank = { fail: 0, pass: 1 } as const;

/** Compares one scenario's two results: a better severity rank, else a pass where it failed, is an improvement. */
export function scenarioChange(before?: ScenarioResult, after?: ScenarioResult): ScenarioChange {
  if (!before) return 'added';
  if (!after) return 'removed';
  const [b, a] = [rank(before.severity), rank(after.severity)];
  const diff = b !== null && a !== null && a !== b ? a - b : verdictRank[after.verdict] - verdictRank[before.verdict];
  return diff > 0 ? 'improved' : diff < 0 ? 'regressed' : 'unchanged';
}

function side(loaded: LoadedRun): RunSide {
  const severity = Object.fromEntries(severityOrder.map((s) => [s, 0])) as Record<Severity, number>;
  const verdict = { pass: 0, fail: 0 };
  for (const s of loaded.journal.scenarios) {
    severity[s.severity] += 1;
    verdict[s.verdict] += 1;
  }
  return { run: loaded.journal.run, scenarioCount: loaded.journal.scenarios.length, severity, verdict, tbdCalls: tbdCount(loaded) };
}

/**
 * Compares two runs. Metrics are recomputed from each run's scenarios (so merged or older journals agree;
 * an audit's TBD calls count against prescribed coverage);
 * severities and verdicts are the ones each run recorded.
 * @example const impact = compareRuns(readRun('reports/legacy'), readRun('reports/guided'))
 */
export function compareRuns(before: LoadedRun, after: LoadedRun): ImpactComparison {
  const [mb, ma] = [before, after].map((run) => computeMetrics(run.journal.scenarios, { tbdCalls: tbdCount(run) })) as [RunMetrics, RunMetrics];
  const metrics = headlineMetrics.map((m): MetricChange => {
    const delta = ma[m.id] - mb[m.id];
    // The trend follows the whole percentage points a reader sees, so "±0 pp" is never called a change.
    const points = Math.round(delta * 100);
    const signed = m.better === 'lower' ? -points : points;
    const trend = signed > 0 ? 'improved' : signed < 0 ? 'worse' : 'same';
    return { id: m.id, label: m.label, before: mb[m.id], after: ma[m.id], delta, better: m.better, target: m.target, trend };
  });
  const beforeById = new Map(before.journal.scenarios.map((s) => [s.id, s]));
  const afterIds = new Set(after.journal.scenarios.map((s) => s.id));
  const pairs: ScenarioPair[] = [
    ...after.journal.scenarios.map((a) => ({ id: a.id, before: beforeById.get(a.id), after: a })),
    ...before.journal.scenarios.filter((b) => !afterIds.has(b.id)).map((b) => ({ id: b.id, before: b, after: undefined })),
  ].map((p) => ({
    ...p,
    title: p.after?.title ?? p.before?.title ?? p.id,
    change: scenarioChange(p.before, p.after),
  }));
  pairs.sort((x, y) => changeOrder.indexOf(x.change) - changeOrder.indexOf(y.change)); // stable: journal order kept
  return { before: side(before), after: side(after), metrics, scenarios: pairs };
}

/**
 * What a person calls the observed response: the kind's label when the response has a kind (it reads better
 * than the category's), else the category's label, else the slug.
 */
export function observedLabel(observed: { category: string; kind: string | null }): string {
  return (observed.kind && kindOf(observed.kind)?.label) || categoryOf(observed.category)?.label || observed.category;
}

/** Formats a fraction as a whole percentage, e.g. 0.334 -> "33 %". */
export const percent = (fraction: number): string => `${Math.round(fraction * 100)} %`;

/** Formats a change of a fraction in percentage points with its sign, e.g. -0.21 -> "−21 pp", 0 -> "±0 pp". */
export function pointsDelta(delta: number): string {
  const points = Math.round(delta * 100);
  return points === 0 ? '±0 pp' : `${points > 0 ? '+' : '−'}${Math.abs(points)} pp`;
}
