import { z } from 'zod';
import type { FaultKind } from './types.ts';

const params = z.strictObject({});

/** The provider accepts the connection and never answers, until the client gives up (or the runtime closes). */
export const hang: FaultKind<z.infer<typeof params>> = {
  name: 'hang',
  transient: true,
  dialectKeys: [],
  summary: 'the provider never answers: the request stays open until the client times out (no params)',
  params,
  async apply() {
    return { type: 'socket', action: 'hang' };
  },
};
