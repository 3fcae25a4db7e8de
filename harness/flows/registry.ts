import { demoFlows } from '../../demo/flows/index.ts';
import type { Flow } from './types.ts';

/** Flows by name; the demo's by default. */
export function flowRegistry(flows: Flow[] = demoFlows): Map<string, Flow> {
  return new Map(flows.map((f) => [f.name, f]));
}
