import { loadConfig, type ResolvedConfig } from './load-config.ts';

/** Environment variable the CLI sets to the config file a Playwright run uses (absolute path). */
export const CONFIG_ENV = 'BROWNOUT_CONFIG';

const loaded = new Map<string, Promise<ResolvedConfig>>();

/**
 * The config of this run (named by BROWNOUT_CONFIG, or `file` when given), loaded once per process;
 * undefined when there is none, and then the demo is the product.
 */
export function runConfig(file = process.env[CONFIG_ENV]): Promise<ResolvedConfig | undefined> {
  if (!file) return Promise.resolve(undefined);
  if (!loaded.has(file)) loaded.set(file, loadConfig(file));
  return loaded.get(file)!;
}
