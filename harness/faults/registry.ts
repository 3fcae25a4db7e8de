import { outage } from './outage.ts';
import type { FaultKind } from './types.ts';

/** Every fault kind by name. Adding a kind: one new file, one line here. */
export const faultKinds: Record<string, FaultKind<any>> = {
  [outage.name]: outage,
};

/** The registered names, for "allowed" lists in error messages. */
export const faultKindNames = (): string[] => Object.keys(faultKinds).sort();
