import { z } from 'zod';
import type { FaultKind, FaultOutcome } from './types.ts';

const params = z.strictObject({
  mode: z
    .enum(['truncated', 'random-bytes', 'wrong-content-type'])
    .default('truncated')
    .describe('truncated: the happy JSON cut short; random-bytes: seeded garbage under the usual Content-Type; wrong-content-type: the happy body labelled as another type.'),
  keepFraction: z.number().gt(0).lt(1).default(0.5).describe('truncated: the share of the body kept (0..1, exclusive).'),
  bytes: z.number().int().min(1).max(1_000_000).default(256).describe('random-bytes: how many bytes are sent (bytes).'),
  contentType: z.string().min(1).default('text/html; charset=utf-8').describe('wrong-content-type: the Content-Type sent instead.'),
});

/** A copy of `response` with another body and the headers that describe it. */
function withBody(response: Response, body: Uint8Array<ArrayBuffer>, contentType?: string): Response {
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  if (contentType) headers.set('content-type', contentType);
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * The provider answers with its usual status and a body the client cannot read: the happy JSON cut short,
 * random bytes drawn from the scenario seed (same seed, same bytes), or the right body under a wrong
 * Content-Type. The call itself is handled, so a create takes effect.
 */
export const malformedBody: FaultKind<z.infer<typeof params>> = {
  name: 'malformed-body',
  transient: true,
  dialectKeys: [],
  summary: 'the usual status with a body the client cannot parse (params: mode truncated|random-bytes|wrong-content-type, default truncated; keepFraction 0.5; bytes 256; contentType text/html)',
  params,
  async apply({ params, passThrough, rng }): Promise<FaultOutcome> {
    // Drawn before any await, so concurrent requests draw in arrival order.
    const random = params.mode === 'random-bytes' ? Uint8Array.from({ length: params.bytes }, () => Math.floor(rng() * 256)) : null;
    const response = await passThrough();
    const body = new Uint8Array(await response.arrayBuffer());
    if (random) return { type: 'response', response: withBody(response, random), details: { mode: params.mode, bytes: random.length } };
    if (params.mode === 'wrong-content-type') {
      return { type: 'response', response: withBody(response, body, params.contentType), details: { mode: params.mode, contentType: params.contentType } };
    }
    const kept = body.subarray(0, Math.floor(body.length * params.keepFraction));
    return { type: 'response', response: withBody(response, kept), details: { mode: params.mode, bytes: kept.length } };
  },
};
