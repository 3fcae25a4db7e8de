import type { Flow } from './types.ts';

/** Flows by name, e.g. a config's flows for the scenarios that name them in `flow:`. */
export function flowRegistry(flows: readonly Flow[]): Map<string, Flow> {
  return new Map(flows.map((f) => [f.name, f]));
}
