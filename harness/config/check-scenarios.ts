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
    const { source } = scenario;
    const file = relative(process.cwd(), source.file) || source.file;
    const declared = { line: source.line, col: source.col };
    const flow = byName.get(scenario.flow);
    if (!flow) {
      problems.push({ file, ...(source.flow ?? declared), path: 'flow', message: unknownFlowMessage(scenario.flow, names, registeredBy) });
      continue;
    }
    for (const conflict of contextConflicts(scenario, flow)) {
      problems.push({ file, ...(source.context ?? declared), path: 'context', message: `contradicts ${conflict}; fix the scenario's context or drill it on another flow` });
    }
  }
  return problems;
}
