import { join } from 'node:path';
import { ConfigError } from '../config/config-error.ts';
import { defaultConfigFile } from '../config/default-config.ts';
import { loadConfig } from '../config/load-config.ts';
import { reportCommand } from './report-command.ts';
import { runCommand } from './run-command.ts';

/**
 * Before and after on one config with variants (default: the package's bundled product): drill its first
 * variant, drill its last, then the before/after report. Scenario failures are the point of the "before", so
 * only a run that could not be made fails this.
 */
export async function demoCommand(options: { reportsDir: string; workers?: number; config?: string }): Promise<0 | 2> {
  const started = Date.now();
  const file = options.config ?? defaultConfigFile();
  let variants: string[];
  try {
    variants = (await loadConfig(file)).variants;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\nbrownout: nothing was run; fix the config.`);
    return 2;
  }
  if (variants.length < 2) {
    console.error(`brownout: ${file} declares ${variants.length === 0 ? 'no variants' : `one variant (${variants[0]})`}; a before/after needs two, e.g. variants: [legacy, guided]. Use \`brownout run\` to drill it once.`);
    return 2;
  }
  const [first, last] = [variants[0]!, variants.at(-1)!];
  const before = await runCommand({ paths: [], variant: first, reportsDir: options.reportsDir, workers: options.workers, config: file });
  if (before.exitCode === 2 || !before.runDir) return 2;
  const after = await runCommand({ paths: [], variant: last, reportsDir: options.reportsDir, workers: options.workers, config: file });
  if (after.exitCode === 2 || !after.runDir) return 2;
  // A report that cannot be written throws ReportInputError: exit 2 through runAction.
  const report = reportCommand({ before: before.runDir, after: after.runDir, out: join(options.reportsDir, 'latest-report') });
  console.log(`brownout: demo done in ${((Date.now() - started) / 1000).toFixed(1)} s. Open ${report.htmlPath} in a browser.`);
  return 0;
}
