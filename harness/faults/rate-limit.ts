import { z } from 'zod';
import { durationMs } from './params.ts';
import { retryAfterSeconds, withRetryAfter } from './retry-after.ts';
import type { FaultKind } from './types.ts';

const params = z
  .strictObject({
    mode: z.enum(['always', 'token-bucket']).default('always').describe('always: every matching call is throttled; token-bucket: calls beyond `limit` per `window` are.'),
    limit: z.number().int().min(1).max(1_000_000).optional().describe('token-bucket: calls allowed per window (requests); the bucket holds this many and refills evenly.'),
    window: durationMs().optional().describe('token-bucket: the window (ms or "1m").'),
    retryAfterS: retryAfterSeconds.describe("Retry-After in seconds; omitted: the provider's own (token-bucket: when the next call is allowed); null: none."),
    dialect: z.string().min(1).default('rate-limit').describe("The provider's dialect entry to answer with (default rate-limit); e.g. secondary-rate-limit where a provider throttles in two ways, as GitHub does."),
  })
  .superRefine((p, ctx) => {
    for (const key of ['limit', 'window'] as const) {
      if (p.mode === 'token-bucket' && p[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'mode token-bucket needs limit and window' });
      if (p.mode === 'always' && p[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: `${key} applies to mode token-bucket only; add mode: token-bucket` });
    }
  });

type Params = z.infer<typeof params>;
interface Bucket {
  tokens?: number;
  /** When the bucket was last refilled (ms, engine clock). */
  at?: number;
}

/** Refills the bucket for the time since its last refill (continuous rate limit/window per ms). */
function refill(bucket: Bucket, params: Params, now: number): void {
  const limit = params.limit!;
  const elapsed = bucket.at === undefined ? 0 : now - bucket.at;
  bucket.tokens = Math.min(limit, (bucket.tokens ?? limit) + (elapsed * limit) / params.window!);
  bucket.at = now;
}

/**
 * The client is throttled: the provider's 429 (or its own status) in its own words, on every matching call or,
 * in token-bucket mode, on calls beyond `limit` per `window` (the bucket refills evenly).
 * @example { kind: rate-limit, params: { mode: token-bucket, limit: 500, window: 1m } }
 */
export const rateLimit: FaultKind<Params> = {
  name: 'rate-limit',
  transient: true,
  dialectKeys: ['rate-limit'],
  summary: "the provider throttles the client: its own 429 with Retry-After (params: mode always|token-bucket, default always; limit, window for token-bucket; retryAfterS, default the provider's, null for none; dialect, default rate-limit)",
  params,
  admit({ params, state, now }) {
    if (params.mode === 'always') return true;
    const bucket = state as Bucket;
    refill(bucket, params, now);
    if (bucket.tokens! >= 1) {
      bucket.tokens! -= 1;
      return false;
    }
    return true;
  },
  check(params, { provider }) {
    if (Object.hasOwn(provider.dialect, params.dialect)) return [];
    const known = Object.keys(provider.dialect).filter((key) => key.includes('rate')).sort();
    return [`params.dialect: provider "${provider.name}" has no dialect entry "${params.dialect}"; its throttling entries: ${known.join(', ') || 'none'}`];
  },
  async apply({ params, dialect, state }) {
    const response = dialect(params.dialect);
    let retryAfterS = params.retryAfterS;
    // A bucket knows when the next call is allowed; say so where the provider sends Retry-After at all.
    if (params.mode === 'token-bucket' && retryAfterS === undefined && response.headers.has('retry-after')) {
      const missing = 1 - ((state as Bucket).tokens ?? 0);
      retryAfterS = Math.max(1, Math.ceil((missing * params.window!) / params.limit! / 1000));
    }
    return { type: 'response', response: withRetryAfter(response, retryAfterS) };
  },
};
