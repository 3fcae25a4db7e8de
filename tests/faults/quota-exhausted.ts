import { z } from 'zod';
import { withRetryAfter } from '../../harness/faults/retry-after.ts';
import type { FaultKind } from '../../harness/faults/types.ts';

const params = z.strictObject({
  /** Seconds until the quota resets, sent as Retry-After. */
  retryAfterS: z.number().int().min(1).default(86_400).describe('Seconds until the quota resets (Retry-After); default a day.'),
});

/**
 * Test-only example of a new fault kind (issue 16: a kind is its file + one registry line): the daily quota is
 * used up, so every call gets the provider's 429 with a Retry-After no retry can outlast.
 */
export const quotaExhausted: FaultKind<z.infer<typeof params>> = {
  name: 'quota-exhausted',
  summary: "the provider's daily quota is used up: its own 429 with a Retry-After of hours (params: retryAfterS, default 86400)",
  params,
  transient: false,
  dialectKeys: ['rate-limit'],
  async apply({ params, dialect }) {
    return { type: 'response', response: withRetryAfter(dialect('rate-limit', { status: 429 }), params.retryAfterS) };
  },
};
