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

/** A duration that must be longer than zero (a time window, a flap phase); parses to ms. */
export const positiveDurationSchema = expecting(
  z
    .union([z.number().positive(), z.string().regex(/^\s*(?=[\d.]*[1-9])\d+(\.\d+)?\s*(ms|s|m)\s*$/)])
    .transform((value) => (typeof value === 'number' ? value : (parseDurationMs(value) ?? 0))),
  'a duration longer than 0 such as 10s or 500ms (a bare number is ms)',
);
