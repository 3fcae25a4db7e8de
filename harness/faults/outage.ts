import { z } from 'zod';
import type { FaultKind } from './types.ts';

const params = z
  .object({
    /** HTTP status of the outage (5xx). */
    status: z.number().int().min(500).max(599).default(503),
  })
  .strict();

/** The provider is down: every matching call gets its 5xx in the provider's own words. */
export const outage: FaultKind<z.infer<typeof params>> = {
  name: 'outage',
  transient: true,
  dialectKeys: ['outage'],
  summary: 'the provider answers with a 5xx in its own error dialect (params: status, default 503)',
  params,
  async apply({ params, dialect }) {
    return { type: 'response', response: dialect('outage', { status: params.status }) };
  },
};
