import type { z } from 'zod';
import { builtinProviders } from '../../mocks/index.ts';
import type { ProviderDefinition } from '../../mocks/types.ts';
import { faultKinds } from '../faults/registry.ts';
import type { FaultKind } from '../faults/types.ts';
import { decisionTree, prescribableKinds, type DecisionTree } from '../guidelines/decision-tree.ts';
import { copyRuleIds, engineeringRuleIds } from './rule-ids.ts';

/** What scenarios are validated against. */
export interface Registries {
  /** Providers by slug: their catalogue's endpoint ids, and for a whole definition what its kinds check (tests pass catalogues only). */
  providers: Record<string, { catalogue: readonly { endpoint: string }[] } | ProviderDefinition>;
  /** Fault kinds by name: their params schema, and the checks that need the provider (`check`), when they have one. */
  faultKinds: Record<string, { params: z.ZodType; check?: FaultKind<any>['check'] }>;
  decisionTree: DecisionTree;
  /** Slugs allowed in `expect.prescribed`. */
  prescribedKinds: readonly string[];
  /** Ids `expect.copyRules` may name. */
  copyRules: readonly string[];
  /** Ids `expect.engineeringRules` may name. */
  engineeringRules: readonly string[];
  /** Flow names `flow:` may name and where they come from (for the message); unchecked when absent. */
  flowNames?: { names: readonly string[]; registeredBy: string };
}

/**
 * Registries to validate against; each defaults to the built-in one (`builtinProviders`, `faultKinds`,
 * the decision tree, taxonomy kinds plus the tree's leaves, the copy and engineering rule ids). Tests pass
 * small fakes.
 */
export type LoadOptions = Partial<Registries>;

/** Fills every registry the options leave out with the built-in one. */
export function registriesOf(options: LoadOptions = {}): Registries {
  const tree = options.decisionTree ?? decisionTree;
  return {
    providers: options.providers ?? builtinProviders,
    faultKinds: options.faultKinds ?? faultKinds,
    decisionTree: tree,
    prescribedKinds: options.prescribedKinds ?? prescribableKinds(tree),
    copyRules: options.copyRules ?? copyRuleIds,
    engineeringRules: options.engineeringRules ?? engineeringRuleIds,
    ...(options.flowNames ? { flowNames: options.flowNames } : {}),
  };
}
