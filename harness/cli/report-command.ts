import { relative, resolve } from 'node:path';
import { writeImpactReport } from '../report/write-report.ts';

/** Options of `brownout report`. */
export interface ReportOptions {
  /** Run folder or results.json of the "before" run. */
  before: string;
  /** Run folder or results.json of the "after" run. */
  after: string;
  /** Folder that receives index.html, summary.md and impact.json. */
  out: string;
}

/** Writes the before/after impact report and prints where it is. */
export function reportCommand(options: ReportOptions): { exitCode: 0 | 2; htmlPath?: string; table?: string } {
  try {
    const written = writeImpactReport({ before: resolve(options.before), after: resolve(options.after), out: resolve(options.out) });
    const show = (p: string) => relative(process.cwd(), p) || p;
    console.log(written.table);
    console.log(`brownout: report ${show(written.htmlPath)}\n          summary ${show(written.summaryPath)}\n          numbers ${show(written.impactJsonPath)}`);
    return { exitCode: 0, htmlPath: written.htmlPath, table: written.table };
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return { exitCode: 2 };
  }
}
