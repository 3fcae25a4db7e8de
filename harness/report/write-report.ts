/** Writes the before/after impact report (HTML page, Markdown summary, numbers as JSON) into a folder. */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareRun, compareRuns, type ImpactComparison } from './compare.ts';
import { coverage } from './coverage.ts';
import { historyPaths, readTrend } from './history.ts';
import { renderImpactReport, type ReportPage } from './html-report.ts';
import { isScenarioPageName, scenarioPagesDir } from './html/markup.ts';
import { EvidenceFiles } from './html/evidence.ts';
import { ReportInputError, readRun } from './read-run.ts';
import { renderSummaryMarkdown, trendMarkdown } from './summary-md.ts';
import { suggestFixFor } from './fix/suggest-fix.ts';

import { renderConsoleTable } from './console-table.ts';

export { renderConsoleTable };

/** Paths of the files `writeImpactReport` wrote (absolute), and the console table for the terminal. */
export interface ImpactReportFiles {
  htmlPath: string;
  summaryPath: string;
  impactJsonPath: string;
  /** How many scenario pages were written beside it (`scenario-pages/`; 0 when the cards fit on `index.html`). */
  scenarioPages: number;
  /** `renderConsoleTable` of the same comparison, to print. */
  table: string;
}

/** The numbers of the comparison, as written to `impact.json` (no screenshots, no product copy beyond ids). */
export function impactJson(impact: ImpactComparison): object {
  const brief = (r?: { observed: { category: string; kind: string | null }; severity: string; verdict: string }) =>
    r ? { category: r.observed.category, kind: r.observed.kind, severity: r.severity, verdict: r.verdict } : null;
  return {
    before: impact.before,
    after: impact.after,
    metrics: impact.metrics,
    scenarios: impact.scenarios.map((p) => ({
      id: p.id,
      title: p.title,
      change: p.change,
      prescribed: (p.after ?? p.before)?.prescribed ?? null,
      before: brief(p.before),
      after: brief(p.after),
      fix: p.after ? suggestFixFor(p.after) : null,
    })),
  };
}

/**
 * Writes the scenario pages of a large report, after removing the pages an earlier report left in the same folder
 * (only files named as the report names them: a user's own files there are kept).
 */
function writeScenarioPages(out: string, pages: readonly ReportPage[]): void {
  const dir = join(out, scenarioPagesDir);
  if (existsSync(dir)) for (const name of readdirSync(dir)) if (isScenarioPageName(name)) rmSync(join(dir, name), { force: true });
  if (pages.length === 0) return;
  mkdirSync(dir, { recursive: true });
  for (const page of pages) writeFileSync(join(out, page.path), page.html);
}

/** What `writeImpactReport` reads: two runs, one run, or a history of runs (the last one is reported on). */
export interface ImpactReportOptions {
  /** Run folder or results.json of the "before" run; without it the report is of `after` alone. */
  before?: string;
  /** Run folder or results.json of the run reported on; defaults to the last run of `history`. */
  after?: string;
  /** Runs (or folders of runs) for the trend chart, in any order (sorted by start time). */
  history?: string[];
  out: string;
  /** Link to the HTML report for summary.md's "see the HTML report" (e.g. the CI artifact's URL). */
  htmlLink?: string;
}

/**
 * Reads the runs (each a run folder or its `results.json`) and writes `index.html` (with the screenshots
 * beside it in `evidence/`), `summary.md` and `impact.json` into `out` (created if needed); returns their
 * paths and the console table. Throws `ReportInputError` naming the input that is missing or invalid.
 * @example writeImpactReport({ before: 'reports/legacy', after: 'reports/guided', out: 'reports/impact' })
 * @example writeImpactReport({ after: 'reports/audit-guided', out: 'reports/audit-guided' }) // one run
 */
export function writeImpactReport(options: ImpactReportOptions): ImpactReportFiles {
  if (!options.out) throw new ReportInputError('', 'report: no "out" path given; expected a folder to write the report into');
  const trend = options.history?.length ? readTrend(options.history) : [];
  const afterPath = options.after ?? (options.history?.length ? historyPaths(options.history).at(-1) : undefined);
  if (!afterPath) throw new ReportInputError('', 'report: no run given; expected a run folder or its results.json (or --history runs)');
  const after = readRun(afterPath);
  const before = options.before ? readRun(options.before) : after;
  const impact = options.before ? compareRuns(before, after) : compareRun(after);
  const out = resolve(options.out);
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new ReportInputError(options.out, `cannot create the report folder ${options.out}: ${(error as Error).message}`);
  }
  const evidence = new EvidenceFiles(out);
  const rendered = renderImpactReport(before, after, impact, evidence, trend);
  const files: ImpactReportFiles = {
    htmlPath: join(out, 'index.html'),
    summaryPath: join(out, 'summary.md'),
    impactJsonPath: join(out, 'impact.json'),
    scenarioPages: rendered.scenarioPages.length,
    table: renderConsoleTable(before, after, impact),
  };
  writeFileSync(files.htmlPath, rendered.index);
  writeScenarioPages(out, rendered.scenarioPages);
  evidence.write();
  writeFileSync(files.summaryPath, renderSummaryMarkdown(before, after, impact, { extra: trendMarkdown(trend), htmlReport: options.htmlLink }));
  writeFileSync(files.impactJsonPath, `${JSON.stringify({ ...impactJson(impact), coverage: coverage(after), ...(trend.length ? { trend } : {}) }, null, 2)}\n`);
  return files;
}
