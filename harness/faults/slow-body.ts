import { z } from 'zod';
import { durationMs } from './params.ts';
import type { FaultKind } from './types.ts';

const params = z.strictObject({
  overMs: durationMs().default(5000).describe('How long the body takes to arrive after the headers (ms or "5s").'),
  chunks: z.number().int().min(1).max(1000).default(10).describe('Pieces the body is cut into, sent at even intervals (pieces).'),
});

/**
 * A provider that answers at once but slowly: status and headers (with the full Content-Length) arrive first,
 * then the body dribbles in `chunks` pieces over `overMs`, so a client's time-to-first-byte timeout passes
 * and only a whole-response deadline catches it.
 */
export const slowBody: FaultKind<z.infer<typeof params>> = {
  name: 'slow-body',
  transient: true,
  answerIntact: true,
  dialectKeys: [],
  summary: 'headers arrive at once, then the body dribbles in over a duration (params: overMs, default 5000; chunks, default 10)',
  params,
  async apply({ params, passThrough }) {
    return { type: 'dribble', response: await passThrough(), overMs: params.overMs, chunks: params.chunks, details: { overMs: params.overMs } };
  },
};
