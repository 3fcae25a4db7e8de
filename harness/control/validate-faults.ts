/**
 * Validates faults posted to the control API with the scenario loader itself, so a fault the control page
 * accepts is exactly a fault a YAML scenario accepts (envelope, kind, params, provider, endpoint).
 */
import { decisionTree, treeLeaves } from '../guidelines/decision-tree.ts';
import { loadScenarioText } from '../scenario/load.ts';
import type { Registries } from '../scenario/registries.ts';
import type { FaultSpec } from '../scenario/types.ts';
import { ControlError } from './errors.ts';

const SOURCE = 'control API';

/** A context that reaches a leaf of the decision tree, so only the faults can be wrong in the wrapper. */
function anyValidContext(): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const { ask, answer } of treeLeaves(decisionTree)[0]!.path) {
    const keys = ask.split('.');
    let node = context;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys.at(-1)!] = answer;
  }
  return context;
}

/**
 * Parses the body of `POST /faults` (one fault or a list, each as in a scenario's `faults:` plus `provider`)
 * into fault specs; throws a ControlError listing every problem when any is wrong.
 * @example parseFaults({ provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage' }, { providers })
 */
export function parseFaults(body: unknown, registries: Pick<Registries, 'providers'>): FaultSpec[] {
  const list = Array.isArray(body) ? body : [body];
  const empty = (v: unknown) => v === undefined || v === null || typeof v !== 'object' || Object.keys(v).length === 0;
  if (empty(body)) {
    throw new ControlError('invalid-faults', `expected a fault object or a non-empty list of faults, got ${JSON.stringify(body) ?? 'nothing'}; e.g. {"provider":"quickbooks","endpoint":"GET /v3/company/{realmId}/query","kind":"outage"}.`);
  }
  const slugs = Object.keys(registries.providers).sort();
  const missing = list.flatMap((fault, i) =>
    fault && typeof fault === 'object' && !Array.isArray(fault) && !('provider' in fault)
      ? [`faults[${i}].provider: missing; the control API serves several providers, so each fault names one of: ${slugs.join(', ')}`]
      : [],
  );
  if (missing.length > 0) throw new ControlError('invalid-faults', `invalid faults: ${missing.join('; ')}.`);
  // JSON is YAML: the wrapper goes through the same parse -> envelope -> params -> rules stages as a file.
  const wrapper = { title: 'faults from the control API', integration: slugs[0], flow: 'control.api', context: anyValidContext(), faults: list };
  const result = loadScenarioText(JSON.stringify(wrapper), SOURCE, registries);
  if (result.problems.length > 0) {
    const lines = result.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    throw new ControlError('invalid-faults', `invalid faults: ${lines.join('; ')}.`);
  }
  return result.scenarios[0]!.faults;
}
