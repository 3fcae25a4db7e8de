import { z } from 'zod';
import type { FaultKind } from './types.ts';

const params = z.strictObject({
  /** Delay added before the answer is sent (ms). */
  ms: z.number().int().min(0).max(600_000).default(3000),
});

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * A slow provider: the call is handled at once (a create takes effect) but the answer is held for `ms`, so a
 * client that times out first has still changed the 3rd party's state.
 */
export const latency: FaultKind<z.infer<typeof params>> = {
  name: 'latency',
  summary: 'the provider answers as usual after a fixed delay; the call itself takes effect at once (params: ms, default 3000)',
  params,
  async apply({ params, request, passThrough }) {
    const response = await passThrough();
    // Stop waiting when the client leaves: nobody is there to answer.
    await sleep(params.ms, request.signal);
    return { type: 'response', response };
  },
};
