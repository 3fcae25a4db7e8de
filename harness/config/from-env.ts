import { defaultConfigFile } from './default-config.ts';
import { loadConfig, type ResolvedConfig } from './load-config.ts';

/** Environment variable the CLI sets to the config file a Playwright run uses (absolute path). */
export const CONFIG_ENV = 'BROWNOUT_CONFIG';

const loaded = new Map<string, Promise<ResolvedConfig>>();

/**
 * The config of this run (`file` when given, else the one named by BROWNOUT_CONFIG, else the package's
 * default), loaded once per process.
 */
export function runConfig(file = process.env[CONFIG_ENV] || defaultConfigFile()): Promise<ResolvedConfig> {
  if (!loaded.has(file)) loaded.set(file, loadConfig(file));
  return loaded.get(file)!;
}
