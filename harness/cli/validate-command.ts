import { relative } from 'node:path';
import { demoFlows } from '../../demo/flows/index.ts';
import { ConfigError } from '../config/config-error.ts';
import { discoverConfig } from '../config/discover.ts';
import { validateCommand } from '../scenario/validate-command.ts';

/**
 * `brownout validate [paths]` as `brownout run` would see the scenarios: with the `brownout.config.*` of the
 * working folder (or `--config`) its providers, flows and scenario folders, else the demo's. Runs nothing.
 */
export async function validateWithConfig(paths: readonly string[], configFile?: string | false): Promise<{ output: string; exitCode: 0 | 1 }> {
  let config;
  try {
    config = await discoverConfig(configFile);
  } catch (error) {
    if (error instanceof ConfigError) return { output: `${error.message}\nbrownout: nothing was validated; fix the config first.`, exitCode: 1 };
    throw error;
  }
  const given = paths.length > 0 ? paths : (config?.scenarios.map((p) => relative(process.cwd(), p) || p) ?? []);
  const flowsFrom = config ? `the flows: modules of ${relative(process.cwd(), config.file) || config.file}` : 'the demo (demo/flows)';
  return validateCommand(given, { ...(config ? { providers: config.providers } : {}), flows: config?.flows ?? demoFlows, flowsFrom });
}
