import { ownValue } from '../own.ts';
import type { Scenario, ScenarioContext } from '../scenario/types.ts';
import type { Flow } from './types.ts';

/** `key: the flow says X, the scenario says Y` for each key both answer differently. */
function differences(declared: ScenarioContext, given: ScenarioContext): string[] {
  return Object.entries(declared).flatMap(([key, expected]) => {
    const actual = Object.hasOwn(given, key) ? given[key] : undefined;
    return actual !== undefined && JSON.stringify(actual) !== JSON.stringify(expected)
      ? [`${key}: the flow says ${JSON.stringify(expected)}, the scenario says ${JSON.stringify(actual)}`]
      : [];
  });
}

/**
 * Where a scenario's context contradicts its flow: the context the flow declares as a whole (`context`)
 * and the one it declares for each call the scenario faults (`endpoints`, keyed `<provider> <endpoint id>`).
 * Each entry completes "the scenario's context contradicts ..."; empty when they agree (a scenario may add
 * keys the flow leaves open).
 */
export function contextConflicts(scenario: Pick<Scenario, 'context'> & Partial<Pick<Scenario, 'faults'>>, flow: Flow): string[] {
  const conflicts: string[] = [];
  const whole = differences(flow.context ?? {}, scenario.context);
  if (whole.length > 0) conflicts.push(`the context of flow ${flow.name} (${whole.join('; ')})`);
  // A fault narrowed by `match` may hit another of the flow's calls to the same endpoint (the payee vs the
  // account query): `endpoints` holds one context per endpoint, so only unnarrowed faults are compared.
  const calls = new Set((scenario.faults ?? []).filter((f) => !f.match).map((f) => `${f.provider} ${f.endpoint}`));
  for (const call of calls) {
    const declared = flow.endpoints ? ownValue(flow.endpoints, call) : undefined;
    const found = declared ? differences(declared, scenario.context) : [];
    if (found.length > 0) conflicts.push(`the context flow ${flow.name} declares for ${call} (${found.join('; ')})`);
  }
  return conflicts;
}
