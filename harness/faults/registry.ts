import { hang } from './hang.ts';
import { latency } from './latency.ts';
import { maintenance } from './maintenance.ts';
import { outage } from './outage.ts';
import { rateLimit } from './rate-limit.ts';
import type { FaultKind } from './types.ts';

/** Every fault kind by name. Adding a kind: one new file, one line here. */
export const faultKinds: Record<string, FaultKind<any>> = {
  [outage.name]: outage,
  [hang.name]: hang,
  [latency.name]: latency,
  [maintenance.name]: maintenance,
  [rateLimit.name]: rateLimit,
};

/** The registered names, for "allowed" lists in error messages. */
export const faultKindNames = (): string[] => Object.keys(faultKinds).sort();
