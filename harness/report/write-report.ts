/** Writes the before/after impact report (HTML page, Markdown summary, numbers as JSON) into a folder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compareRuns, type ImpactComparison } from './compare.ts';
import { renderImpactHtml } from './html-report.ts';
import { EvidenceFiles } from './html/evidence.ts';
import { ReportInputError, readRun } from './read-run.ts';
import { renderSummaryMarkdown } from './summary-md.ts';
import { suggestFixFor } from './fix/suggest-fix.ts';

import { renderConsoleTable } from './console-table.ts';

export { renderConsoleTable };

/** Paths of the files `writeImpactReport` wrote (absolute), and the console table for the terminal. */
export interface ImpactReportFiles {
  htmlPath: string;
  summaryPath: string;
  impactJsonPath: string;
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
 * Reads two runs (each a run folder or its `results.json`) and writes `index.html`, `summary.md` and
 * `impact.json` into `out` (created if needed); returns their paths and the console table. Throws `ReportInputError` naming the input that is missing
 * or invalid.
 * @example writeImpactReport({ before: 'reports/legacy', after: 'reports/guided', out: 'reports/impact' })
 */
export function writeImpactReport(options: { before: string; after: string; out: string }): ImpactReportFiles {
  for (const key of ['before', 'after', 'out'] as const) {
    if (options[key]) continue;
    const expected = key === 'out' ? 'a folder to write the report into' : 'a run folder or its results.json';
    throw new ReportInputError('', `impact report: no "${key}" path given; expected ${expected}`);
  }
  const before = readRun(options.before);
  const after = readRun(options.after);
  const impact = compareRuns(before, after);
  const out = resolve(options.out);
  try {
    mkdirSync(out, { recursive: true });
  } catch (error) {
    throw new ReportInputError(options.out, `cannot create the report folder ${options.out}: ${(error as Error).message}`);
  }
  const files: ImpactReportFiles = {
    htmlPath: join(out, 'index.html'),
    summaryPath: join(out, 'summary.md'),
    impactJsonPath: join(out, 'impact.json'),
    table: renderConsoleTable(before, after, impact),
  };
  const evidence = new EvidenceFiles(out);
  writeFileSync(files.htmlPath, renderImpactHtml(before, after, impact, evidence));
  evidence.write();
  writeFileSync(files.summaryPath, renderSummaryMarkdown(before, after, impact));
  writeFileSync(files.impactJsonPath, `${JSON.stringify(impactJson(impact), null, 2)}\n`);
  return files;
}
