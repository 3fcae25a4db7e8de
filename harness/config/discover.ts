import { isAbsolute, relative } from 'node:path';
import { defaultConfigFile } from './default-config.ts';
import { loadConfig, type ResolvedConfig } from './load-config.ts';
import { findConfigFile } from './read-config-file.ts';

/**
 * The config a `brownout run` uses: the `--config` file when given, else a `brownout.config.*` found in
 * `cwd`, else the package's default (see defaultConfigFile). Throws ConfigError when the file is invalid.
 */
export async function discoverConfig(file: string | undefined, cwd = process.cwd()): Promise<ResolvedConfig> {
  return loadConfig(file ?? findConfigFile(cwd) ?? defaultConfigFile());
}

/** A config file as messages show it: relative to the working folder when inside it, else absolute. */
export function shownConfigPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** One line naming the product a config drills (and the variant), for the run's opening line. */
export function describeProduct(config: ResolvedConfig, variant?: string): string {
  const where = shownConfigPath(config.file);
  const product = config.product.running ? `the product running at ${config.product.running.url}` : `\`${config.product.start!.command}\` (one instance per worker)`;
  const routed = config.product.routeBrowserCalls.length ? `, browser calls to ${config.product.routeBrowserCalls.join(', ')} routed to the mocks` : '';
  return `${product}${routed}, from ${where}${variant ? `, variant ${variant}` : ''}`;
}

/** Whether a config allows one worker only: a product already running, or started on a fixed port. */
export const singleWorker = (config: ResolvedConfig) => Boolean(config.product.running) || (config.product.start !== undefined && config.product.start.port !== 'auto');
