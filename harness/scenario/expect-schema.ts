/**
 * `expect` of a scenario: the prescribed response kind when the decision tree does not say it, and which
 * copy rules (guidelines section 2) and engineering rules (section 3) the judge checks or waives. Rule ids
 * are checked against the registries by the rules stage.
 */
import { z } from 'zod';
import { expecting } from '../input/describe-schema.ts';
import { durationSchema } from '../input/duration.ts';

const ruleId = expecting(z.string().regex(/^[a-z][a-z0-9-]*$/), 'a rule id like retries-reads');

/** `check` / `waive` for one family of rules. */
function ruleExpectation(family: string, example: string) {
  return z
    .strictObject({
      check: expecting(z.array(ruleId).min(1), `a non-empty list of ${family} rule ids, e.g. [${example}]`)
        .optional()
        .describe(`Only these ${family} rules are checked (default: every rule that applies).`),
      waive: expecting(
        z.record(z.string(), z.string().trim().min(1)),
        `a mapping of ${family} rule id to the reason it is waived, e.g. { ${example}: <why it does not apply> }`,
      )
        .optional()
        .describe(`${family[0]!.toUpperCase()}${family.slice(1)} rules not checked for this scenario, each with the reason a reader of the report sees.`),
    })
    .describe(`Which ${family} rules the judge checks or waives for this scenario.`);
}

/** `expect` in YAML; defaults to `{}`. */
export const expectSchema = z
  .strictObject({
    prescribed: z.string().trim().min(1).optional().describe("Prescribed response kind; overrides the decision tree's answer."),
    copyRules: ruleExpectation('copy', 'names-integration').optional(),
    engineeringRules: ruleExpectation('engineering', 'retries-reads').optional(),
    withinMs: durationSchema.optional().describe('The product absorbs the fault (a retry goes through, the latency stays under this budget) and the user sees a true success or no change: prescribes no-impact.'),
  })
  .default({})
  .describe('What the judge should expect, where the decision tree and the defaults do not say it.');
