import { z } from 'zod';
import { sampleDelayMs, type Distribution } from './latency-distribution.ts';
import { MAX_WAIT_MS, durationMs, sleep } from './params.ts';
import type { FaultKind } from './types.ts';

const DEFAULT_MS = 3000;
const USES: Record<string, readonly string[]> = {
  fixed: ['ms'],
  uniform: ['minMs', 'maxMs'],
  normal: ['meanMs', 'stdDevMs'],
  lognormal: ['medianMs', 'sigma'],
};

const params = z
  .strictObject({
    distribution: z.enum(['fixed', 'uniform', 'normal', 'lognormal']).default('fixed').describe('How the delay is drawn per request, from the scenario seed.'),
    ms: durationMs().optional().describe('fixed: the delay (ms or "3s"; default 3000).'),
    minMs: durationMs().optional().describe('uniform: the shortest delay (ms).'),
    maxMs: durationMs().optional().describe('uniform: the longest delay (ms).'),
    meanMs: durationMs().optional().describe('normal: the mean delay (ms); draws below 0 become 0.'),
    stdDevMs: durationMs().optional().describe('normal: the standard deviation (ms).'),
    medianMs: durationMs().optional().describe('lognormal: the median delay (ms).'),
    sigma: z.number().min(0).max(5).optional().describe('lognormal: the shape (sd of the log; 0.5 gives p99 ~3.2x the median).'),
  })
  .superRefine((p, ctx) => {
    const allowed = USES[p.distribution]!;
    for (const key of Object.values(USES).flat()) {
      const given = p[key as keyof typeof p] !== undefined;
      if (given && !allowed.includes(key)) ctx.addIssue({ code: 'custom', path: [key], message: `${key} does not apply to distribution ${p.distribution}; it takes ${allowed.join(', ')}` });
      if (!given && allowed.includes(key) && p.distribution !== 'fixed') ctx.addIssue({ code: 'custom', path: [key], message: `distribution ${p.distribution} needs ${allowed.join(' and ')}` });
    }
    if (p.distribution === 'uniform' && p.minMs !== undefined && p.maxMs !== undefined && p.minMs > p.maxMs) {
      ctx.addIssue({ code: 'custom', path: ['maxMs'], message: `maxMs (${p.maxMs}) must be at least minMs (${p.minMs})` });
    }
  });

type Params = z.infer<typeof params>;

/** The params as a distribution to draw from (fixed with no `ms` is 3000 ms). */
function distributionOf(p: Params): Distribution {
  switch (p.distribution) {
    case 'uniform':
      return { distribution: 'uniform', minMs: p.minMs!, maxMs: p.maxMs! };
    case 'normal':
      return { distribution: 'normal', meanMs: p.meanMs!, stdDevMs: p.stdDevMs! };
    case 'lognormal':
      return { distribution: 'lognormal', medianMs: p.medianMs!, sigma: p.sigma! };
    default:
      return { distribution: 'fixed', ms: p.ms ?? DEFAULT_MS };
  }
}

/**
 * A slow provider: the call is handled at once (a create takes effect) but the answer is held for a delay drawn
 * per request (fixed, uniform, normal or lognormal, from the scenario seed), so a client that times out first
 * has still changed the 3rd party's state.
 * @example { kind: latency, params: { distribution: lognormal, medianMs: 800, sigma: 0.6 } }
 */
export const latency: FaultKind<Params> = {
  name: 'latency',
  transient: true,
  answerIntact: true,
  dialectKeys: [],
  summary: 'the provider answers as usual after a delay; the call itself takes effect at once (params: distribution fixed|uniform|normal|lognormal; ms, default 3000 | minMs, maxMs | meanMs, stdDevMs | medianMs, sigma)',
  params,
  async apply({ params, signal, passThrough, rng, arrivedAt }) {
    // Drawn before any await, so concurrent requests draw in arrival order.
    const delayMs = sampleDelayMs(distributionOf(params), rng, MAX_WAIT_MS);
    // The delay runs from the request's arrival, so reading it, matching faults and the handler's own time are
    // inside it, not added to it.
    const due = arrivedAt + delayMs;
    // The handler's work waits one timer turn, behind answers already due: timers run in the order they fall due, so
    // requests arriving while a wave of held answers falls due no longer make those answers late (inside the delay).
    if (delayMs >= 2) await sleep(1, signal);
    const response = await passThrough();
    await sleep(due - performance.now(), signal);
    return { type: 'response', response, details: { delayMs } };
  },
};
