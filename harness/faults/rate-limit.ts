import { z } from 'zod';
import { retryAfterSeconds, withRetryAfter } from './retry-after.ts';
import type { FaultKind } from './types.ts';

const params = z.strictObject({
  /** `Retry-After` (s); omitted: the provider's own; null: none. */
  retryAfterS: retryAfterSeconds,
});

/** The client is throttled: every matching call gets the provider's 429 in its own words. */
export const rateLimit: FaultKind<z.infer<typeof params>> = {
  name: 'rate-limit',
  summary: "the provider throttles the client: its own 429 with Retry-After (params: retryAfterS, default the provider's; null for none)",
  params,
  async apply({ params, dialect }) {
    return { type: 'response', response: withRetryAfter(dialect('rate-limit'), params.retryAfterS) };
  },
};
