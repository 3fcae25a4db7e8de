import type { Scenario } from '../scenario/types.ts';
import type { Flow } from './types.ts';

/**
 * The keys where a scenario's context contradicts the context its flow declares, as `key: flow says X,
 * scenario says Y` sentences; empty when they agree (a scenario may add keys the flow leaves open).
 */
export function contextConflicts(scenario: Pick<Scenario, 'context'>, flow: Flow): string[] {
  const conflicts: string[] = [];
  for (const [key, expected] of Object.entries(flow.context ?? {})) {
    const actual = scenario.context[key];
    if (actual !== undefined && JSON.stringify(actual) !== JSON.stringify(expected)) {
      conflicts.push(`${key}: flow ${flow.name} says ${JSON.stringify(expected)}, the scenario says ${JSON.stringify(actual)}`);
    }
  }
  return conflicts;
}
