/**
 * Response header a mock handler sets to tell the runtime whether a mutation changed its state; the bridge strips
 * it before sending. `none` marks a 2xx that changed nothing (e.g. a replayed idempotency key); without the
 * header a 2xx to a mutation counts as applied.
 */
export const EFFECT_HEADER = 'x-brownout-effect';

/** Values of `EFFECT_HEADER`. */
export type Effect = 'applied' | 'none';

/** Prefix of headers that are brownout's own and never reach the client. */
export const INTERNAL_HEADER_PREFIX = 'x-brownout-';
