import { relative } from 'node:path';
import { loadConfig, type ResolvedConfig } from './load-config.ts';
import { findConfigFile } from './read-config-file.ts';

/**
 * The config a `brownout run` uses: the `--config` file when given, else a `brownout.config.*` found in
 * `cwd`, else none (the demo is the product); `false` means the demo whatever the folder holds.
 * Throws ConfigError when the file is invalid.
 */
export async function discoverConfig(file: string | false | undefined, cwd = process.cwd()): Promise<ResolvedConfig | undefined> {
  if (file === false) return undefined;
  const found = file ?? findConfigFile(cwd);
  return found ? loadConfig(found) : undefined;
}

/** One line naming the product a config drills, for the run's opening line. */
export function describeProduct(config: ResolvedConfig): string {
  const where = relative(process.cwd(), config.file) || config.file;
  const product = config.product.running ? `the product running at ${config.product.running.url}` : `\`${config.product.start!.command}\` (one instance per worker)`;
  const routed = config.product.routeBrowserCalls.length ? `, browser calls to ${config.product.routeBrowserCalls.join(', ')} routed to the mocks` : '';
  return `${product}${routed}, from ${where}`;
}

/** Whether a config allows one worker only: a product already running, or started on a fixed port. */
export const singleWorker = (config: ResolvedConfig) => Boolean(config.product.running) || (config.product.start !== undefined && config.product.start.port !== 'auto');
