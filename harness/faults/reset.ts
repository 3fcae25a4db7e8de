import { z } from 'zod';
import { durationMs, sleep } from './params.ts';
import type { FaultKind } from './types.ts';

const params = z.strictObject({
  at: z
    .enum(['before-response', 'mid-body'])
    .default('before-response')
    .describe('before-response: RST before any byte (the call is not handled); mid-body: the call is handled, headers and half the body are sent, then RST.'),
  afterMs: durationMs().default(0).describe('How long the connection stays open before the reset (ms or "2s").'),
});

/**
 * The connection is reset (TCP RST): either before any byte of the answer (the provider never handled the
 * call) or in the middle of the body (it did: a create took effect, and the client sees a broken answer).
 */
export const reset: FaultKind<z.infer<typeof params>> = {
  name: 'reset',
  transient: true,
  dialectKeys: [],
  summary: 'the connection is reset (TCP RST) before the answer or mid-body (params: at before-response|mid-body, default before-response; afterMs, default 0)',
  params,
  async apply({ params, signal, passThrough }) {
    await sleep(params.afterMs, signal);
    if (params.at === 'before-response') return { type: 'socket', action: 'reset' };
    const response = await passThrough();
    const bytes = Math.floor((await response.clone().arrayBuffer()).byteLength / 2);
    return { type: 'truncate', response, bytes, then: 'reset', details: { at: params.at, bytes } };
  },
};
