import { dirname, relative, resolve } from 'node:path';
import { z } from 'zod';
import { formatPath } from '../input/format-problem.ts';
import { didYouMean, listOrNone } from '../scenario/suggest.ts';
import type { Problem } from '../scenario/types.ts';
import { issuesToProblems } from '../scenario/zod-problems.ts';
import { ConfigError } from './config-error.ts';
import { applyPassthrough } from './passthrough.ts';
import { builtinDefinitions, importProvider, type RoutableProvider } from './providers.ts';
import { readConfigFile } from './read-config-file.ts';
import { checkProviderLists } from './provider-lists.ts';
import { providersSchema } from './schema.ts';

/** The providers of a config: every one by slug (built-ins, then custom ones), and the slugs to serve. */
export interface ConfiguredProviders {
  definitions: Record<string, RoutableProvider>;
  use: string[];
  /** Providers whose mocks check identity as the real service does (`providers.strictAuth`). */
  strictAuth: boolean | string[];
  /** Fixed ports per provider slug for `brownout mocks` (`providers.ports`). */
  ports: Record<string, number>;
}

/**
 * Reads only the `providers` section of a config file (other sections may be absent: `brownout mocks --config`
 * serves a config that holds nothing else), imports its custom providers and checks `use`.
 * Throws one ConfigError listing every problem.
 * @example const { definitions, use } = await loadConfiguredProviders('brownout.config.yaml');
 */
export async function loadConfiguredProviders(path: string): Promise<ConfiguredProviders> {
  const file = resolve(path);
  const shown = relative(process.cwd(), file) || file;
  const raw = await readConfigFile(file);
  if (!('data' in raw)) throw new ConfigError([{ ...raw, file: shown }]);
  const section = (raw.data as { providers?: unknown } | null)?.providers;
  const problems: Problem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ file: shown, ...raw.at(path), path: formatPath(path), message });
  const parsed = z.strictObject({ providers: providersSchema }).safeParse({ providers: section });
  if (!parsed.success) throw new ConfigError(issuesToProblems(parsed.error.issues, z.strictObject({ providers: providersSchema }), { file: shown, base: [], locator: raw.locator }));
  const { use, custom, strictAuth, ports } = parsed.data.providers;
  const definitions = builtinDefinitions();
  const customNames: string[] = [];
  for (const [i, modulePath] of custom.entries()) {
    const loaded = await importProvider(resolve(dirname(file), modulePath));
    if (typeof loaded === 'string') add(['providers', 'custom', i], `${loaded}. Fix the path (relative to the config file) or the module's export`);
    else {
      definitions[loaded.name] = loaded;
      customNames.push(loaded.name);
    }
  }
  for (const [i, slug] of use.entries()) {
    if (!definitions[slug]) add(['providers', 'use', i], `unknown provider "${slug}"; custom providers: ${listOrNone(customNames)}${didYouMean(slug, Object.keys(definitions)) || '.'} Fix: use a built-in or custom slug`);
  }
  applyPassthrough(definitions, parsed.data.providers, (slug, message) => add(['providers', 'passthrough', slug], message));
  checkProviderLists(parsed.data.providers, add);
  if (problems.length > 0) throw new ConfigError(problems);
  return { definitions, use, strictAuth, ports };
}
