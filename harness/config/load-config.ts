import { existsSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { dirname, relative, resolve } from 'node:path';
import type { SignalSelectors } from '../judge/dom-snapshot.ts';
import { importFlows } from '../flows/load-flows.ts';
import type { Flow } from '../flows/types.ts';
import { formatPath } from '../input/format-problem.ts';
import { didYouMean, listOrNone } from '../scenario/suggest.ts';
import type { Problem } from '../scenario/types.ts';
import { issuesToProblems } from '../scenario/zod-problems.ts';
import { ConfigError } from './config-error.ts';
import { applyPassthrough } from './passthrough.ts';
import { checkProviderLists } from './provider-lists.ts';
import { allowedPlaceholders, placeholdersIn } from './placeholders.ts';
import { builtinDefinitions, hostsOf, importProvider, type RoutableProvider } from './providers.ts';
import { readConfigFile, type RawConfig } from './read-config-file.ts';
import { configSchema, type BrownoutConfig } from './schema.ts';
import { ownValue } from '../own.ts';

/** How one worker starts the product (paths absolute, placeholders still to fill). */
export type ProductStart = NonNullable<BrownoutConfig['product']['start']>;

/** A config after every check: modules imported, paths absolute. What the CLI and the fixtures use. */
export interface ResolvedConfig {
  file: string;
  /** The label the config gives, if any (see runLabel for a run's label). */
  label: string | undefined;
  /** Versions of the product the config can drill (`--variant`), none when it has one version. */
  variants: string[];
  /** The variant drilled without `--variant`. */
  defaultVariant: string | undefined;
  product: { start?: ProductStart; running?: { url: string; control?: string }; routeBrowserCalls: string[] };
  scenarios: string[];
  flows: Flow[];
  /** Every provider scenarios may name: built-ins, then custom ones (a custom one replaces a built-in of its name). */
  providers: Record<string, RoutableProvider>;
  /** The providers the product calls: the mock runtime serves these. */
  use: string[];
  /** Providers whose mocks check identity as the real service does (`providers.strictAuth`). */
  strictAuth: boolean | string[];
  selectors: SignalSelectors;
  observe: { stuckMs?: number; settleMs?: number };
  /** Things the user should know before the run (one worker, a replaced built-in). */
  notices: string[];
}

/** Collects located problems for one config file. */
class Problems {
  readonly list: Problem[] = [];
  constructor(private readonly file: string, private readonly raw: RawConfig) {}
  add(path: readonly PropertyKey[], message: string) {
    this.list.push({ file: this.file, ...this.raw.at(path), path: formatPath(path), message });
  }
}

/**
 * Reads and checks a `brownout.config.*` file: schema, then providers (built-in and custom), placeholders,
 * flow modules. Throws one ConfigError listing every problem.
 * @example const config = await loadConfig('examples/slack-notes/brownout.config.ts');
 */
export async function loadConfig(path: string): Promise<ResolvedConfig> {
  const file = resolve(path);
  const shown = relative(process.cwd(), file) || file;
  const raw = await readConfigFile(file);
  if (!('data' in raw)) throw new ConfigError([{ ...raw, file: shown }]);
  const parsed = configSchema.safeParse(raw.data);
  if (!parsed.success) {
    // Some issues (a duration's pattern, a union) carry no input: give them the value written, so the problem shows it.
    const valueAt = (path: readonly PropertyKey[]) => path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], raw.data);
    const issues = parsed.error.issues.map((issue): z.core.$ZodIssue => (issue.code !== 'invalid_type' && issue.code !== 'unrecognized_keys' && (issue as { input?: unknown }).input === undefined ? ({ ...issue, input: valueAt(issue.path) } as z.core.$ZodIssue) : issue));
    const problems = issuesToProblems(issues, configSchema, { file: shown, base: [], locator: raw.locator });
    throw new ConfigError(raw.module ? problems.map((p) => ({ ...p, line: 0, col: 0 })) : problems);
  }
  const config = parsed.data;
  const dir = dirname(file);
  const problems = new Problems(shown, raw);
  const notices: string[] = [];

  const providers = builtinDefinitions();
  const builtins = Object.keys(providers);
  const custom: string[] = [];
  for (const [i, modulePath] of config.providers.custom.entries()) {
    const loaded = await importProvider(resolve(dir, modulePath));
    if (typeof loaded === 'string') {
      problems.add(['providers', 'custom', i], `${loaded}. Fix the path (relative to the config file) or the module's export`);
      continue;
    }
    if (ownValue(providers, loaded.name)) notices.push(`custom provider "${loaded.name}" (${modulePath}) replaces the built-in one`);
    providers[loaded.name] = loaded;
    custom.push(loaded.name);
  }
  for (const [i, slug] of config.providers.use.entries()) {
    if (ownValue(providers, slug)) continue;
    problems.add(['providers', 'use', i], `unknown provider "${slug}"; built-in providers: ${listOrNone(builtins)}; custom providers: ${listOrNone(custom)}${didYouMean(slug, Object.keys(providers)) || '.'} Fix: use one of those slugs, or add your provider's folder (handlers + dialect + catalogue, like mocks/quickbooks) to providers.custom`);
  }

  applyPassthrough(providers, config.providers, (slug, message) => problems.add(['providers', 'passthrough', slug], message));
  checkProviderLists(config.providers, (path, message) => problems.add(path, message));

  const { start, running, routeBrowserCalls } = config.product;
  const routed = routeBrowserCalls === true ? config.providers.use : routeBrowserCalls === false ? [] : routeBrowserCalls;
  for (const [i, slug] of routed.entries()) {
    const path = routeBrowserCalls === true ? ['product', 'routeBrowserCalls'] : ['product', 'routeBrowserCalls', i];
    if (!config.providers.use.includes(slug)) problems.add(path, `"${slug}" is not in providers.use (${config.providers.use.join(', ')}); add it there or remove it here`);
    else if (ownValue(providers, slug) && hostsOf(providers[slug]!).length === 0) problems.add(path, `provider "${slug}" has no real hosts to route from; give its definition a hosts list, e.g. hosts: ["api.example.com"]`);
  }
  const variants = config.variants ?? [];
  for (const [i, name] of variants.entries()) {
    if (variants.indexOf(name) !== i) problems.add(['variants', i], `variant "${name}" is listed twice; list each variant once`);
  }
  if (config.defaultVariant !== undefined && !variants.includes(config.defaultVariant)) {
    problems.add(['defaultVariant'], `"${config.defaultVariant}" is not one of variants (${listOrNone(variants)})${didYouMean(config.defaultVariant, variants) || '.'} Fix: name one of them, or add it to variants`);
  }
  if (start) {
    const allowed = allowedPlaceholders(config.providers.use, variants.length > 0);
    const fields: [PropertyKey[], string][] = [
      [['command'], start.command], [['url'], start.url], ...(start.readyUrl ? [[['readyUrl'], start.readyUrl] as [PropertyKey[], string]] : []),
      ...Object.entries(start.env).map(([k, v]) => [['env', k], v] as [PropertyKey[], string]),
    ];
    for (const [path, text] of fields) {
      for (const name of placeholdersIn(text)) {
        if (!allowed.includes(name)) problems.add(['product', 'start', ...path], `unknown placeholder {{${name}}}; allowed: ${allowed.map((a) => `{{${a}}}`).join(', ')}${didYouMean(name, allowed)}`);
      }
    }
    const cwd = resolve(dir, start.cwd);
    if (!existsSync(cwd) || !statSync(cwd).isDirectory()) problems.add(['product', 'start', 'cwd'], `no such folder ${cwd}; give a folder relative to the config file`);
    start.cwd = cwd;
    if (start.port !== 'auto') notices.push(`product.start.port is fixed (${start.port}): the run uses one worker`);
  }
  if (running && !running.control && routed.length === 0) {
    problems.add(['product', 'running'], 'an already-running product needs mocks it can reach: either product.running.control (the control API of the `brownout mocks` its backend is pointed at) or product.routeBrowserCalls (the mocks then run inside the test worker, and only the calls its pages make themselves reach them). Fix: add one of them, or let brownout start the product (product.start) with env pointing at {{mocks.<provider>}}');
  }
  if (running) notices.push(`product.running: drilling the product already running at ${running.url} with one worker${running.control ? `, faults applied through the control API at ${running.control}` : ''}`);

  const flows: Flow[] = [];
  for (const [i, modulePath] of config.flows.entries()) {
    const loaded = await importFlows(resolve(dir, modulePath));
    if (typeof loaded === 'string') problems.add(['flows', i], `${loaded}. Fix the path (relative to the config file) or the module's exports`);
    else flows.push(...loaded);
  }
  const seen = new Set<string>();
  for (const flow of flows) {
    if (seen.has(flow.name)) problems.add(['flows'], `two flows are named "${flow.name}"; give each flow its own name`);
    seen.add(flow.name);
  }
  if (problems.list.length > 0) throw new ConfigError(problems.list);
  return {
    file,
    label: config.label,
    variants,
    defaultVariant: config.defaultVariant ?? variants[0],
    product: { start, running, routeBrowserCalls: routed },
    scenarios: config.scenarios.map((p) => resolve(dir, p)),
    flows,
    providers,
    use: config.providers.use,
    strictAuth: config.providers.strictAuth,
    selectors: config.selectors,
    observe: config.observe,
    notices,
  };
}
