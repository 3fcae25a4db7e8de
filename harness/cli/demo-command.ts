import { join } from 'node:path';
import { reportCommand } from './report-command.ts';
import { runCommand } from './run-command.ts';

/**
 * The whole story on the embedded demo: drill the `legacy` UX, drill the `guided` UX, then the before/after
 * report. Scenario failures are the point in legacy mode, so only a run that could not be made fails this.
 */
export async function demoCommand(options: { reportsDir: string; workers?: number }): Promise<0 | 2> {
  const started = Date.now();
  const before = await runCommand({ paths: [], mode: 'legacy', reportsDir: options.reportsDir, workers: options.workers, config: false });
  if (before.exitCode === 2 || !before.runDir) return 2;
  const after = await runCommand({ paths: [], mode: 'guided', reportsDir: options.reportsDir, workers: options.workers, config: false });
  if (after.exitCode === 2 || !after.runDir) return 2;
  const report = reportCommand({ before: before.runDir, after: after.runDir, out: join(options.reportsDir, 'latest-report') });
  if (report.exitCode !== 0) return 2;
  console.log(`brownout: demo done in ${((Date.now() - started) / 1000).toFixed(1)} s. Open ${report.htmlPath} in a browser.`);
  return 0;
}
