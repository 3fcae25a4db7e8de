import { relative } from 'node:path';
import { ConfigError } from '../config/config-error.ts';
import { discoverConfig, shownConfigPath } from '../config/discover.ts';
import { validateCommand } from './validate-scenarios.ts';

/**
 * `brownout validate [paths]` as `brownout run` would see the scenarios: with the `brownout.config.*` of the
 * working folder (or `--config`, else the package's default) its providers, flows and scenario folders. Runs nothing.
 */
export async function validateWithConfig(paths: readonly string[], configFile?: string): Promise<{ output: string; exitCode: 0 | 1 }> {
  let config;
  try {
    config = await discoverConfig(configFile);
  } catch (error) {
    if (error instanceof ConfigError) return { output: `${error.message}\nbrownout: nothing was validated; fix the config first.`, exitCode: 1 };
    throw error;
  }
  const given = paths.length > 0 ? paths : config.scenarios.map((p) => relative(process.cwd(), p) || p);
  const flowsFrom = `the config ${shownConfigPath(config.file)}`;
  return validateCommand(given, { providers: config.providers, flows: config.flows, flowsFrom });
}
