/**
 * `when` of a fault in YAML: which matching requests get it, by count (`after`, `first`, `sequence`) or by
 * time (`for`, `flap`). Parses to the engine's `FaultWhen` (durations in ms: `for` -> `forMs`,
 * `flap.up`/`flap.down` -> `flap.upMs`/`flap.downMs`).
 */
import { z } from 'zod';
import { expecting } from '../input/describe-schema.ts';
import { positiveDurationSchema } from '../input/duration.ts';
import type { FaultWhen } from './types.ts';

/** A count of requests in YAML. */
export const requestsSchema = expecting(z.number().int().min(0), 'a whole number of requests (0 or more)');

const sequenceSchema = expecting(
  z.array(z.enum(['fail', 'pass'])).min(1),
  'a non-empty list of fail / pass, one per matching request, e.g. [fail, fail, pass]',
);

const flapSchema = z
  .strictObject({
    up: positiveDurationSchema.describe('How long the provider answers normally in each cycle.'),
    down: positiveDurationSchema.describe('How long the fault applies in each cycle.'),
    startDown: z.boolean().default(false).describe('Start with the down phase (default: up first).'),
  })
  .describe('Flapping from the first matching request: up for `up`, down for `down`, repeating.');

type WhenInput = { fromAction?: boolean; after?: number; first?: number; sequence?: ('fail' | 'pass')[]; for?: number; flap?: { up: number; down: number; startDown: boolean } };

/** Pairs of `when` keys that contradict each other, with the sentence that says why and the fix. */
const CONFLICTS: [keyof WhenInput, keyof WhenInput, string][] = [
  ['first', 'sequence', 'both say which requests fail; use sequence: [fail, fail, pass] or first: 2, not both'],
  ['for', 'flap', 'both say when the fault is active over time; use for: 10s (one window) or flap (repeating), not both'],
  ['first', 'for', 'a fault is limited by requests (first, sequence) or by time (for, flap), not both'],
  ['first', 'flap', 'a fault is limited by requests (first, sequence) or by time (for, flap), not both'],
  ['sequence', 'for', 'a fault is limited by requests (first, sequence) or by time (for, flap), not both'],
  ['sequence', 'flap', 'a fault is limited by requests (first, sequence) or by time (for, flap), not both'],
];

/** `when` in YAML; `after` combines with any other key (counting and timing start after those requests). */
export const whenSchema = z
  .strictObject({
    after: requestsSchema.optional().describe('The first N matching requests pass untouched (requests); the rest start after them.'),
    first: requestsSchema.optional().describe('Only the first N matching requests (after `after`) get the fault (requests).'),
    sequence: sequenceSchema.optional().describe('Per matching request in order: fail applies the fault, pass serves normally; later requests pass.'),
    for: positiveDurationSchema.optional().describe('The fault applies for this long from the first matching request, then requests pass (10s, 500ms).'),
    flap: flapSchema.optional(),
    fromAction: z.boolean().optional().describe("Wait for the flow's action (its markAction()): calls before it pass untouched and are not counted, so the page has loaded its data (a stale-data drill)."),
  })
  .superRefine((when, context) => {
    for (const [a, b, why] of CONFLICTS) {
      if (when[a] === undefined || when[b] === undefined) continue;
      context.addIssue({ code: 'custom', path: [b], params: { whole: true }, message: `"${b}" cannot be combined with "${a}": ${why}` });
    }
  })
  .transform((when): FaultWhen => {
    const { for: forMs, flap, fromAction, ...counts } = when;
    return {
      ...counts,
      ...(fromAction ? { fromAction } : {}),
      ...(forMs === undefined ? {} : { forMs }),
      ...(flap ? { flap: { upMs: flap.up, downMs: flap.down, startDown: flap.startDown } } : {}),
    };
  })
  .describe('Which matching requests get the fault: by count (after, first, sequence) or by time (for, flap), from the start or from the flow\'s action (fromAction).');
