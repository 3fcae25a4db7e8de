import { z } from 'zod';
import { durationMs, sleep } from './params.ts';
import type { FaultKind } from './types.ts';

const params = z.strictObject({
  then: z
    .enum(['reset', 'hang', 'server-error'])
    .default('reset')
    .describe('What the client gets after the provider committed: a TCP reset, no answer at all, or a 5xx in the dialect.'),
  status: z.number().int().min(500).max(599).default(504).describe('server-error: the HTTP status (5xx), e.g. a gateway timing out after the backend committed.'),
  afterMs: durationMs().default(0).describe('How long after the commit the answer is lost (ms or "2s").'),
});

/**
 * The provider applies the mutation to its state, then the answer is lost (reset, hang, or a 5xx after the
 * commit): the journal shows the call took effect though the client saw a failure, so a naive retry makes a
 * duplicate (what the `no-duplicate-mutations` rule looks for).
 */
export const lostResponse: FaultKind<z.infer<typeof params>> = {
  name: 'lost-response',
  transient: true,
  dialectKeys: ['outage'],
  summary: 'the provider commits the call, then the answer is lost (params: then reset|hang|server-error, default reset; status, default 504; afterMs, default 0)',
  params,
  async apply({ params, signal, passThrough, dialect }) {
    const committed = await passThrough();
    const details = { then: params.then, committedStatus: committed.status };
    await sleep(params.afterMs, signal);
    if (params.then === 'server-error') return { type: 'response', response: dialect('outage', { status: params.status }), details };
    return { type: 'socket', action: params.then, details };
  },
};
