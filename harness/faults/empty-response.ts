import { z } from 'zod';
import { durationMs, sleep } from './params.ts';
import type { FaultKind } from './types.ts';

const params = z.strictObject({
  afterMs: durationMs().default(0).describe('How long the connection stays open before it closes (ms or "2s").'),
});

/** The provider closes the connection without sending a byte (a FIN, no status line): "socket hang up". */
export const emptyResponse: FaultKind<z.infer<typeof params>> = {
  name: 'empty-response',
  transient: true,
  dialectKeys: [],
  summary: 'the connection closes without a single byte of answer (params: afterMs, default 0)',
  params,
  async apply({ params, signal }) {
    await sleep(params.afterMs, signal);
    return { type: 'socket', action: 'empty' };
  },
};
