import { relative, resolve } from 'node:path';
import { builtinProviders } from '../../mocks/index.ts';
import type { ProviderDefinition } from '../../mocks/types.ts';
import { ConfigError } from '../config/config-error.ts';
import { discoverConfig } from '../config/discover.ts';
import type { ResolvedConfig } from '../config/load-config.ts';
import { decisionTree, isLeaf, type DecisionLeaf, type DecisionNode } from '../guidelines/decision-tree.ts';
import { contextValue } from '../guidelines/prescribe.ts';
import { formatProblem } from '../input/format-problem.ts';
import { loadScenarios } from '../scenario/load.ts';
import type { Scenario, ScenarioContext } from '../scenario/types.ts';
import { defaultScenariosDir } from './paths.ts';

/** Output and exit code of a discovery command. */
export interface CommandOutput {
  output: string;
  exitCode: 0 | 1 | 2;
}

/** Where the decision tree a context must answer is written. */
const DOCS = 'docs/decision-tree.md, in the package node_modules/brownout/dist/docs/decision-tree.md';

const flat = (context: ScenarioContext | undefined, prefix = ''): string[] =>
  Object.entries(context ?? {}).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flat(value as ScenarioContext, `${prefix}${key}.`) : [`${prefix}${key}=${String(value)}`],
  );

async function withConfig(file: string | undefined, body: (config: ResolvedConfig) => CommandOutput): Promise<CommandOutput> {
  try {
    return body(await discoverConfig(file));
  } catch (error) {
    if (error instanceof ConfigError) return { output: `${error.message}\nbrownout: fix the config first (see README "Drill your own product").`, exitCode: 2 };
    throw error;
  }
}

/**
 * `brownout flows`: every flow scenarios may name (the config's; by default the bundled demo's), with its integration, title,
 * declared context and the context it declares per provider call.
 */
export function flowsCommand(configFile?: string): Promise<CommandOutput> {
  return withConfig(configFile, (config) => {
    const flows = [...config.flows].sort((a, b) => a.name.localeCompare(b.name));
    const from = relative(process.cwd(), config.file) || config.file;
    const lines = [`${flows.length} flow(s) from ${from}:`];
    for (const flow of flows) {
      lines.push('', `${flow.name}  (${flow.integration}) ${flow.title}`);
      if (flow.context) lines.push(`  context: ${flat(flow.context).join(', ')}`);
      for (const [call, context] of Object.entries(flow.endpoints ?? {})) lines.push(`  ${call}: ${flat(context).join(', ') || 'TBD (no answers declared)'}`);
    }
    return { output: lines.join('\n'), exitCode: 0 };
  });
}

/** One provider's catalogue as `brownout endpoints` prints it. */
function describeProvider(provider: ProviderDefinition): string[] {
  const lines = [`${provider.name}  ${provider.title} (${provider.category})`];
  lines.push(`  dialect (fault kinds it answers in its own words): ${Object.keys(provider.dialect).sort().join(', ')}`);
  for (const e of provider.catalogue) lines.push(`  ${e.endpoint.padEnd(54)} ${e.kind.padEnd(8)} ${e.idempotent ? 'idempotent    ' : 'not idempotent'}  ${e.summary}`);
  return lines;
}

/** `brownout endpoints [provider]`: each provider's catalogue (endpoint ids, read/mutation, idempotency) and dialect kinds. */
export function endpointsCommand(provider: string | undefined, configFile?: string): Promise<CommandOutput> {
  return withConfig(configFile, (config) => {
    const providers: Record<string, ProviderDefinition> = config ? Object.fromEntries(config.use.map((slug) => [slug, config.providers[slug]!])) : builtinProviders;
    const slugs = Object.keys(providers).sort();
    if (provider !== undefined && !providers[provider]) {
      return { output: `brownout: unknown provider "${provider}"; providers here: ${slugs.join(', ')}. Fix: name one of those, or add it to providers.use / providers.custom in the config.`, exitCode: 1 };
    }
    const chosen = provider === undefined ? slugs : [provider];
    return { output: chosen.flatMap((slug, i) => [...(i > 0 ? [''] : []), ...describeProvider(providers[slug]!)]).join('\n'), exitCode: 0 };
  });
}

/** The tree walk of one scenario's context, a line per question, down to the prescribed response. */
function explainScenario(scenario: Scenario): string[] {
  const lines = [`${scenario.id}: ${scenario.title}`, `  flow ${scenario.flow}; faults: ${scenario.faults.map((f) => `${f.kind} on ${f.provider} ${f.endpoint}`).join('; ') || 'none'}`];
  let node: DecisionNode = decisionTree.root;
  for (let step = 1; ; step += 1) {
    const answer = String(contextValue(scenario.context, node.ask));
    const next: DecisionNode | DecisionLeaf | undefined = Object.hasOwn(node.answers, answer) ? node.answers[answer] : undefined;
    lines.push(`  ${step}. ${node.question}`, `     context.${node.ask} = ${answer}${next?.label ? `: ${next.label}` : ''}`);
    if (!next) {
      lines.push(`     not an answer of the tree; allowed: ${Object.keys(node.answers).join(', ')} (see ${DOCS})`);
      break;
    }
    if (isLeaf(next)) {
      lines.push(`  -> the decision tree prescribes ${next.prescribe}${next.note ? ` (${next.note})` : ''}`);
      break;
    }
    node = next;
  }
  if (scenario.prescribed) lines.push(`  -> the scenario is judged against: ${scenario.prescribed}${scenario.expect.prescribed ? ' (expect.prescribed overrides the tree)' : ''}`);
  return lines;
}

/**
 * `brownout explain <scenario>`: for a scenario id (or a file), the decision tree's path from its context to the
 * prescribed response, each question with the answer taken; scenarios come from the paths given, else the
 * config's scenario folders, else the built-in scenarios.
 */
export function explainCommand(target: string, paths: readonly string[], configFile?: string): Promise<CommandOutput> {
  return withConfig(configFile, (config) => {
    const isFile = /\.ya?ml$/i.test(target);
    const from = isFile ? [resolve(target)] : paths.length > 0 ? paths.map((p) => resolve(p)) : (config?.scenarios ?? [defaultScenariosDir]);
    const { scenarios, problems } = loadScenarios(from, config ? { providers: config.providers } : undefined);
    const chosen = isFile ? scenarios : scenarios.filter((s) => s.id === target);
    if (chosen.length === 0) {
      const invalid = problems.length > 0 ? `\n${problems.map(formatProblem).join('\n')}` : '';
      const ids = scenarios.map((s) => s.id);
      return { output: `brownout: no valid scenario "${target}" in ${from.map((p) => relative(process.cwd(), p) || p).join(', ')}; ids there: ${ids.slice(0, 30).join(', ')}${ids.length > 30 ? ', ...' : ''}${invalid}`, exitCode: 1 };
    }
    return { output: chosen.map((s) => explainScenario(s).join('\n')).join('\n\n'), exitCode: 0 };
  });
}
