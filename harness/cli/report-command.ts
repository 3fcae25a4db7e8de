import { join, relative, resolve } from 'node:path';
import { ReportInputError } from '../report/read-run.ts';
import { scenarioPagesDir } from '../report/html/markup.ts';
import { writeImpactReport } from '../report/write-report.ts';

/** Options of `brownout report`. */
export interface ReportOptions {
  /** The run reported on (positional); same as `after`. */
  run?: string;
  /** Run folder or results.json of the "before" run; absent for a single-run report. */
  before?: string;
  /** Run folder or results.json of the "after" run. */
  after?: string;
  /** Runs or folders of runs for the trend. */
  history?: string[];
  /** Folder that receives index.html, summary.md and impact.json (default: the run folder for one run). */
  out?: string;
  /** Where the HTML report will be published, for summary.md's pointers. */
  link?: string;
}

/** The run reported on and the output folder, from what was given; throws `ReportInputError` when it is ambiguous or missing. */
function resolveInputs(options: ReportOptions): { after?: string; out: string } {
  if (options.run && options.after && resolve(options.run) !== resolve(options.after)) {
    throw new ReportInputError(options.run, `report: two runs to report on (${options.run} and --after ${options.after}); give one`);
  }
  const after = options.run ?? options.after;
  if (!after && !options.history?.length) {
    throw new ReportInputError('', 'report: no run given; expected `brownout report <run>`, `--before <run> --after <run>`, or `--history <runs...>`');
  }
  if (options.before && !after) throw new ReportInputError(options.before, 'report: --before needs the run to compare with (`<run>` or --after)');
  // One run: the report goes beside its journal, so the screenshots are shown in place.
  const out = options.out ?? (after && !options.before && !options.history?.length ? after : 'reports/latest-report');
  return { after, out };
}

/**
 * Writes the report (one run, before/after, with or without a trend) and prints where it is; inputs that
 * cannot be reported on throw `ReportInputError` (exit 2 through `runAction`).
 */
export function reportCommand(options: ReportOptions): { htmlPath: string; table: string } {
  const { after, out } = resolveInputs(options);
  const abs = (p?: string) => (p ? resolve(p) : undefined);
  const written = writeImpactReport({ before: abs(options.before), after: abs(after), history: options.history, out: resolve(out), htmlLink: options.link });
  const show = (p: string) => relative(process.cwd(), p) || p;
  console.log(written.table);
  console.log(`brownout: report ${show(written.htmlPath)}\n          summary ${show(written.summaryPath)}\n          numbers ${show(written.impactJsonPath)}${written.scenarioPages ? `\n          ${written.scenarioPages} scenario pages in ${show(join(written.htmlPath, '..', scenarioPagesDir))}` : ''}`);
  return { htmlPath: written.htmlPath, table: written.table };
}
