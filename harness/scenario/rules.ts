/**
 * The rules stage: what the envelope schema cannot know because it needs the registries (providers and
 * their endpoints, fault kinds and their params, the decision tree, the prescribed kinds). Works on the
 * raw YAML data so it reports problems even where the envelope stage found others.
 */
import { contextQuestions, type DecisionTree } from '../guidelines/decision-tree.ts';
import { prescribeResponse } from '../guidelines/prescribe.ts';
import { showValue } from '../input/describe-schema.ts';
import { formatPath } from '../input/format-problem.ts';
import { ANY_ENDPOINT } from './fault-schema.ts';
import type { ProviderDefinition } from '../../mocks/types.ts';
import type { Registries } from './registries.ts';
import { unknownFlowMessage } from './unknown-flow.ts';
import type { Locator } from './locate.ts';
import { didYouMean, listOrNone } from './suggest.ts';
import type { Problem } from './types.ts';
import { issuesToProblems } from './zod-problems.ts';
import { ownValue } from '../own.ts';

/** Where the item being checked sits. */
export interface RuleScope {
  file: string;
  /** Document path of the scenario mapping (`[]` for a one-scenario file, `[i]` in a sequence). */
  base: readonly PropertyKey[];
  locator: Locator;
}

/** What the rules found, plus what they computed on the way. */
export interface RuleResult {
  problems: Problem[];
  /** Each fault's params parsed by its kind's schema (defaults filled), by fault index. */
  params: Map<number, Record<string, unknown>>;
  /** `expect.prescribed`, else the decision tree's leaf for the context. */
  prescribed?: string;
}

/** A whole provider definition (what a kind's `check` reads), not a catalogue-only fake. */
const isDefinition = (p: Registries['providers'][string]): p is ProviderDefinition => 'dialect' in p && 'createHandlers' in p;
const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Runs every rule on one raw scenario mapping. */
export function checkScenarioRules(raw: Record<string, unknown>, scope: RuleScope, registries: Registries): RuleResult {
  const problems: Problem[] = [];
  const params = new Map<number, Record<string, unknown>>();
  const report = (path: PropertyKey[], message: string) => {
    const full = [...scope.base, ...path];
    problems.push({ file: scope.file, ...scope.locator.at(full), path: formatPath(scope.locator.source(full)), message });
  };
  const reportKey = (path: PropertyKey[], message: string) => {
    const full = [...scope.base, ...path];
    problems.push({ file: scope.file, ...scope.locator.keyAt(full), path: formatPath(scope.locator.source(full)), message });
  };
  const providerSlugs = Object.keys(registries.providers).sort();
  const unknownProvider = (slug: string) =>
    `unknown provider "${slug}"; known providers: ${listOrNone(providerSlugs)}${didYouMean(slug, providerSlugs)}`;

  const integration = str(raw.integration);
  if (integration && !ownValue(registries.providers, integration)) report(['integration'], unknownProvider(integration));
  const flow = str(raw.flow);
  if (flow && registries.flowNames && !registries.flowNames.names.includes(flow)) report(['flow'], unknownFlowMessage(flow, registries.flowNames.names, registries.flowNames.registeredBy));

  if (raw.faults === undefined && raw.matrix === undefined) {
    report(['faults'], 'missing required key "faults" (a list of at least one fault, unless a matrix generates them)');
  }
  const faults = Array.isArray(raw.faults) ? raw.faults : [];
  faults.forEach((fault: unknown, i) => {
    if (!isRecord(fault)) return;
    const explicit = str(fault.provider);
    if (explicit && !ownValue(registries.providers, explicit)) report(['faults', i, 'provider'], unknownProvider(explicit));
    const slug = explicit ?? integration;
    const endpoint = str(fault.endpoint);
    const provider = slug ? ownValue(registries.providers, slug) : undefined;
    if (provider && endpoint && endpoint !== ANY_ENDPOINT && !provider.catalogue.some((e) => e.endpoint === endpoint)) {
      const ids = provider.catalogue.map((e) => e.endpoint);
      report(['faults', i, 'endpoint'], `unknown endpoint "${endpoint}" for provider ${slug}; its endpoints: ${listOrNone(ids)}, or "*" for every call to ${slug}${didYouMean(endpoint, ids)}`);
    }
    const kind = str(fault.kind);
    const kindNames = Object.keys(registries.faultKinds).sort();
    const faultKind = kind ? ownValue(registries.faultKinds, kind) : undefined;
    if (kind && !faultKind) {
      report(['faults', i, 'kind'], `unknown fault kind "${kind}"; known kinds: ${listOrNone(kindNames)}${didYouMean(kind, kindNames)}`);
    }
    const given = fault.params ?? {};
    if (!faultKind || !isRecord(given)) return;
    const parsed = faultKind.params.safeParse(given, { reportInput: true });
    if (parsed.success) {
      params.set(i, parsed.data as Record<string, unknown>);
      // What the kind checks against its provider (a dialect entry, the steps of a mutation), as the engine does.
      const whole = provider && isDefinition(provider) && endpoint && (endpoint === ANY_ENDPOINT || provider.catalogue.some((e) => e.endpoint === endpoint)) ? provider : undefined;
      for (const message of whole && faultKind.check ? faultKind.check(parsed.data, { provider: whole, endpoint: endpoint! }) : []) report(['faults', i, 'params'], message);
    } else {
      const base = [...scope.base, 'faults', i, 'params'];
      problems.push(...issuesToProblems(parsed.error.issues, faultKind.params, { file: scope.file, base, locator: scope.locator }));
    }
  });

  const prescribedByTree = isRecord(raw.context) ? checkContext(raw.context, registries.decisionTree, report) : undefined;
  const expected = isRecord(raw.expect) ? str(raw.expect.prescribed) : undefined;
  if (expected && !registries.prescribedKinds.includes(expected)) {
    const kinds = registries.prescribedKinds;
    report(['expect', 'prescribed'], `unknown response kind "${expected}"; allowed: ${listOrNone(kinds)}${didYouMean(expected, kinds)}`);
  }
  if (isRecord(raw.expect)) {
    checkRuleIds(raw.expect.copyRules, 'copy', registries.copyRules, ['expect', 'copyRules'], report, reportKey);
    checkRuleIds(raw.expect.engineeringRules, 'engineering', registries.engineeringRules, ['expect', 'engineeringRules'], report, reportKey);
  }
  // A latency/retry budget says the product should absorb the fault: no-impact, unless prescribed says otherwise.
  const absorbed = isRecord(raw.expect) && raw.expect.withinMs !== undefined ? 'no-impact' : undefined;
  const prescribed = expected ?? absorbed ?? prescribedByTree;
  return { problems, params, ...(prescribed ? { prescribed } : {}) };
}

type Report = (path: PropertyKey[], message: string) => void;

/** Every id in `check` and every key of `waive` names a known rule, and none is both checked and waived. */
function checkRuleIds(value: unknown, family: string, known: readonly string[], path: PropertyKey[], report: Report, reportKey: Report): void {
  if (!isRecord(value)) return;
  const unknown = (id: string) => `unknown ${family} rule "${id}"; known ${family} rules: ${listOrNone(known)}${didYouMean(id, known)}`;
  const checked = Array.isArray(value.check) ? value.check : [];
  checked.forEach((id, i) => {
    if (typeof id === 'string' && !known.includes(id)) report([...path, 'check', i], unknown(id));
  });
  if (!isRecord(value.waive)) return;
  for (const id of Object.keys(value.waive)) {
    if (!known.includes(id)) reportKey([...path, 'waive', id], unknown(id));
    else if (checked.includes(id)) reportKey([...path, 'waive', id], `rule "${id}" is both checked and waived; remove it from check or from waive`);
  }
}

/** Context keys the tree never asks, and whether the answers reach a leaf; returns the leaf's kind. */
function checkContext(
  context: Record<string, unknown>,
  tree: DecisionTree,
  report: Report,
): string | undefined {
  const known = [...contextQuestions(tree).keys()];
  const walk = (value: Record<string, unknown>, path: string[]) => {
    for (const [key, inner] of Object.entries(value)) {
      const dotted = [...path, key].join('.');
      if (known.includes(dotted)) continue;
      const isPrefix = known.some((k) => k.startsWith(`${dotted}.`));
      if (isPrefix && isRecord(inner)) walk(inner, [...path, key]);
      else if (!isPrefix) {
        report(['context', ...path, key], `unknown context key; the decision tree asks: ${known.join(', ')}${didYouMean(dotted, known)}`);
      }
    }
  };
  walk(context, []);

  const answer = prescribeResponse(context, tree);
  if ('kind' in answer) return answer.kind;
  const { key, got, allowed, question } = answer.problem;
  const path = ['context', ...key.split('.')];
  if (got === undefined) {
    report(path, `missing answer to "${question}" (the context must reach a prescribed response); allowed: ${allowed.join(', ')}`);
  } else {
    const hint = typeof got === 'string' ? didYouMean(got, allowed) : '';
    report(path, `expected one of ${allowed.join(', ')} (answers to "${question}"), got ${showValue(got)}${hint}`);
  }
  return undefined;
}
