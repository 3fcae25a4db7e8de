import { z } from 'zod';
import { expecting } from './describe-schema.ts';

const DURATION = /^(\d+(?:\.\d+)?)\s*(ms|s|m)$/;
const MS_PER_UNIT = { ms: 1, s: 1000, m: 60_000 } as const;

/**
 * Milliseconds of a duration string (`500ms`, `8s`, `1.5s`, `2m`), or undefined when it is not one.
 * @example parseDurationMs('8s') // 8000
 */
export function parseDurationMs(text: string): number | undefined {
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2] as keyof typeof MS_PER_UNIT;
  return Math.round(Number(match[1]) * MS_PER_UNIT[unit]);
}

/** A duration in YAML: a non-negative number of ms, or a string with a unit (`500ms`, `8s`, `2m`); parses to ms. */
export const durationSchema = expecting(
  z
    .union([z.number().nonnegative(), z.string().regex(/^\s*\d+(\.\d+)?\s*(ms|s|m)\s*$/)])
    .transform((value) => (typeof value === 'number' ? value : (parseDurationMs(value) ?? 0))),
  'a duration such as 8s or 500ms (a bare number is ms)',
);

/** `30s`, `10 minutes`: a cap as a person says it. */
const spoken = (ms: number) => (ms % 60_000 === 0 && ms >= 120_000 ? `${ms / 60_000} minutes` : ms % 1000 === 0 ? `${ms / 1000}s` : `${ms} ms`);

/**
 * A duration of at most `maxMs`; the message names the cap (`a duration of at most 30s (30000 ms)`).
 * @example cappedDurationSchema(30_000).parse('8s') // 8000
 */
export function cappedDurationSchema(maxMs: number) {
  return expecting(
    durationSchema.pipe(z.number().max(maxMs)),
    `a duration of at most ${spoken(maxMs)} (${maxMs} ms) such as 8s or 500ms (a bare number is ms)`,
  );
}

/** Longest `observe.stuckMs` (ms): a drill has 60 s in all for the flow, the observation and the judgement. */
export const MAX_STUCK_MS = 30_000;
/** Longest `product.start.readyTimeoutMs` (ms): a product that is not up in 5 minutes is broken, not slow. */
export const MAX_READY_MS = 300_000;
/** Longest `observe.settleMs` (ms): a quiet UI is settled long before this. */
export const MAX_SETTLE_MS = 10_000;

/** A duration that must be longer than zero (a time window, a flap phase); parses to ms. */
export const positiveDurationSchema = expecting(
  z
    .union([z.number().positive(), z.string().regex(/^\s*(?=[\d.]*[1-9])\d+(\.\d+)?\s*(ms|s|m)\s*$/)])
    .transform((value) => (typeof value === 'number' ? value : (parseDurationMs(value) ?? 0))),
  'a duration longer than 0 such as 10s or 500ms (a bare number is ms)',
);
