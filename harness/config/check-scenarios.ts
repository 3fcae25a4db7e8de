import { relative } from 'node:path';
import { contextConflicts } from '../flows/check-context.ts';
import type { Flow } from '../flows/types.ts';
import { unknownFlowMessage } from '../scenario/unknown-flow.ts';
import type { Problem, Scenario } from '../scenario/types.ts';

/**
 * Problems of scenarios against the flows a run has: a flow no module registers, or a context that
 * contradicts the one its flow declares. `registeredBy` names where the flows come from, for the message.
 */
export function checkScenarioFlows(scenarios: readonly Scenario[], flows: readonly Flow[], registeredBy: string): Problem[] {
  const byName = new Map(flows.map((f) => [f.name, f]));
  const names = [...byName.keys()];
  const problems: Problem[] = [];
  for (const scenario of scenarios) {
    const at = { file: relative(process.cwd(), scenario.source.file) || scenario.source.file, line: scenario.source.line, col: scenario.source.col };
    const flow = byName.get(scenario.flow);
    if (!flow) {
      problems.push({ ...at, path: 'flow', message: unknownFlowMessage(scenario.flow, names, registeredBy) });
      continue;
    }
    for (const conflict of contextConflicts(scenario, flow)) {
      problems.push({ ...at, path: 'context', message: `contradicts the flow's context (${conflict}); fix the scenario's context or drill it on another flow` });
    }
  }
  return problems;
}
