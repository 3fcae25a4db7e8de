/**
 * The trend across runs (releases): the headline metrics, prescribed coverage and the severity mix of each
 * run, one point per run, for the HTML chart and the summary.md table.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { headlineMetrics, severityOrder, type HeadlineMetricId, type Severity } from '../guidelines/taxonomy.ts';
import { tbdCount } from './coverage.ts';
import { computeMetrics } from './metrics.ts';
import { ReportInputError, readRun, type LoadedRun } from './read-run.ts';

/** One run on the trend. */
export interface TrendPoint {
  runId: string;
  label: string;
  /** ISO-8601 start of the run. */
  startedAt: string;
  scenarios: number;
  /** Headline metrics as fractions 0..1 (prescribed coverage counts TBD calls against it). */
  metrics: Record<HeadlineMetricId, number>;
  severity: Record<Severity, number>;
}

/** The most runs a trend reads (a history folder of years of nightly runs would otherwise be read whole). */
export const MAX_TREND_RUNS = 500;

/**
 * Expands the `--history` arguments: a run folder (or its results.json) is one run; a folder without a
 * results.json is a history folder whose sub-folders holding one are the runs.
 */
export function historyPaths(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    const dir = resolve(path);
    if (!existsSync(dir)) throw new ReportInputError(path, `--history: ${path} does not exist; expected run folders, or a folder of run folders`);
    if (!statSync(dir).isDirectory() || existsSync(join(dir, 'results.json'))) return [path];
    const runs = readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'latest' && existsSync(join(dir, e.name, 'results.json')))
      .map((e) => join(path, e.name))
      .sort();
    if (!runs.length) throw new ReportInputError(path, `--history: ${path} holds no run folder (a folder with results.json); expected run folders, or a folder of run folders`);
    return runs;
  });
}

/** A run as a trend point. */
export function trendPoint(run: LoadedRun): TrendPoint {
  const { journal } = run;
  const severity = Object.fromEntries(severityOrder.map((s) => [s, 0])) as Record<Severity, number>;
  for (const s of journal.scenarios) severity[s.severity] += 1;
  return {
    runId: journal.run.id,
    label: journal.run.label,
    startedAt: journal.run.startedAt,
    scenarios: journal.scenarios.length,
    metrics: computeMetrics(journal.scenarios, { tbdCalls: tbdCount(run) }),
    severity,
  };
}

/**
 * Reads the runs of a trend, oldest first (by start time, then as given).
 * @example readTrend(['reports/2026-10-01-guided', 'reports/2026-11-01-guided'])
 */
export function readTrend(paths: readonly string[]): TrendPoint[] {
  const all = historyPaths(paths);
  if (all.length > MAX_TREND_RUNS) throw new ReportInputError(paths.join(' '), `--history: ${all.length} runs; a trend reads at most ${MAX_TREND_RUNS}, give the latest ones`);
  const points = all.map((path) => trendPoint(readRun(path)));
  return points.map((p, i) => ({ p, i })).sort((a, b) => a.p.startedAt.localeCompare(b.p.startedAt) || a.i - b.i).map(({ p }) => p);
}

/** The lines of the trend chart: the headline metrics in taxonomy order (the three, then prescribed coverage). */
export const trendMetrics = headlineMetrics.map((m) => ({ id: m.id, label: m.label, better: m.better }));
