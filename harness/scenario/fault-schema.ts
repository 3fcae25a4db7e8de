/**
 * One fault in YAML: the envelope (where, when, how often) around the kind's own `params`, which the rules
 * stage checks against that kind's schema. The matrix reuses these fields for its endpoint and kind cells.
 */
import { z } from 'zod';
import { expecting } from '../input/describe-schema.ts';
import { whenSchema } from './when-schema.ts';

const text = z.string().trim().min(1);
const matchValue = expecting(
  z.union([z.string(), z.number(), z.boolean()]).transform(String),
  'a string (numbers and booleans are compared as text)',
);

/** The endpoint id of a fault on every call to its provider (a whole-provider outage). */
export const ANY_ENDPOINT = '*';

/** Where a fault applies: provider, endpoint id and the optional query / body match. */
export const faultTarget = {
  provider: text.optional().describe("Provider slug; defaults to the scenario's integration."),
  endpoint: expecting(z.string().trim().min(1), 'an endpoint id like "GET /v3/company/{realmId}/query", or "*"').describe(
    "Endpoint id from the provider's catalogue: METHOD and path template (they fix the method); \"*\" for every call to the provider (a whole-provider outage).",
  ),
  match: z
    .strictObject({
      query: z.record(z.string(), matchValue).optional().describe('Query parameters that must contain these values.'),
      body: z.record(z.string(), matchValue).optional().describe('JSON body fields (dotted paths) that must contain these values.'),
    })
    .optional()
    .describe('Only requests whose query / body fields contain these values (case-insensitive substring).'),
};

/** What a fault does and when: kind, probability, when, params. */
export const faultBehaviour = {
  kind: text.describe('A fault kind registered in harness/faults/registry.ts.'),
  probability: z
    .number()
    .min(0)
    .max(1)
    .default(1)
    .describe("Chance that a matching request gets the fault, 0..1, from the scenario's seeded RNG."),
  when: whenSchema.optional(),
  params: z.record(z.string(), z.unknown()).default({}).describe("The fault kind's own parameters."),
};

/** One fault as written in YAML. */
export const faultSchema = z.strictObject({ ...faultTarget, ...faultBehaviour });
