import { z } from 'zod';
import { retryAfterSeconds, withRetryAfter } from './retry-after.ts';
import type { FaultKind } from './types.ts';

const params = z.strictObject({
  /** `Retry-After` (s); omitted: the provider's own; null: none. */
  retryAfterS: retryAfterSeconds,
});

/** Planned downtime: every matching call gets the provider's maintenance answer (a 503 with Retry-After). */
export const maintenance: FaultKind<z.infer<typeof params>> = {
  name: 'maintenance',
  transient: true,
  dialectKeys: ['maintenance'],
  summary: "the provider is down for maintenance: its own 503 with Retry-After (params: retryAfterS, default the provider's)",
  params,
  async apply({ params, dialect }) {
    return { type: 'response', response: withRetryAfter(dialect('maintenance'), params.retryAfterS) };
  },
};
