/**
 * The scenario language: the zod schema of one scenario document, its defaults, and the file rule.
 *
 * File rule: a scenario file holds ONE YAML document. If that document is a mapping, the file is one
 * scenario (its `id` defaults to `<integration>/<file stem>`). If it is a sequence, each item is a scenario
 * mapping and, when there is more than one, each needs its own `id`. Nothing else is a scenario file
 * (no `---` separated documents, no `scenarios:` wrapper key).
 *
 * A scenario may `extends` another of the same file by id (mappings merge key by key, anything else is
 * replaced) and may hold a `matrix` that generates one scenario per endpoint x fault kind
 * (`matrix-schema.ts`); `expand.ts` resolves both before the stages below run on each result.
 *
 * Validation runs in stages (see `load.ts`): this envelope schema, then each fault's `params` against its
 * kind's own schema, then the rules that need the registries (providers, endpoints, kinds, decision tree).
 * Every object is strict: an unknown key is a problem that lists the allowed keys.
 */
import { z } from 'zod';
import { expecting } from '../input/describe-schema.ts';
import { cappedDurationSchema, MAX_SETTLE_MS, MAX_STUCK_MS } from '../input/duration.ts';
import { OBSERVE_DEFAULTS } from './observe-defaults.ts';
import { expectSchema } from './expect-schema.ts';
import { faultSchema } from './fault-schema.ts';
import { matrixSchema } from './matrix-schema.ts';

/** The file rule above, in one sentence, for problems and the JSON Schema. */
export const FILE_RULE =
  'a scenario file holds one YAML document: a mapping (one scenario) or a sequence of mappings (several scenarios, each with an id)';

/** What an id looks like: slash-separated lower-case slugs. */
export const ID = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;
const FLOW = /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;

const text = z.string().trim().min(1);

/** The decision-tree answers: checked against `harness/guidelines/decision-tree.yaml` by the rules stage. */
const contextSchema = expecting(
  z.record(z.string(), z.unknown()),
  'a mapping of decision-tree answers, e.g. { initiatedBy: user-action, where: form }',
).describe('Where the user is when the call fails: answers to the decision tree of guidelines.md section 1.');

/** One scenario document, as written in YAML (defaults applied on parse). */
export const scenarioSchema = z.strictObject({
  id: expecting(
    z.string().regex(ID),
    'an id like quickbooks/expense-payee-outage (lower-case letters, digits, ".", "_", "-", "/")',
  )
    .optional()
    .describe('Unique id; defaults to <integration>/<file stem>.'),
  extends: expecting(z.string().regex(ID), 'the id of another scenario of the same file')
    .optional()
    .describe('Id of another scenario of the same file whose keys this one starts from (mappings merge, lists are replaced).'),
  title: text.describe('One line a person reads in reports.'),
  integration: text.describe('Provider slug of the integration under test, e.g. quickbooks.'),
  flow: expecting(z.string().regex(FLOW), 'a flow name like quickbooks.create-expense').describe(
    'Name of the Playwright flow that drives the UI, e.g. quickbooks.create-expense.',
  ),
  context: contextSchema,
  faults: expecting(z.array(faultSchema).min(1), 'a list of at least one fault')
    .optional()
    .describe('The faults the mock providers apply during the drill (required unless a matrix generates them).'),
  matrix: matrixSchema,
  expect: expectSchema,
  seed: z.number().int().default(1).describe('Seed of the RNG behind probabilities (same seed, same drill).'),
  observe: z
    .strictObject({
      stuckMs: cappedDurationSchema(MAX_STUCK_MS).default(OBSERVE_DEFAULTS.stuckMs).describe('A busy indicator still shown after this long is stuck-loading.'),
      settleMs: cappedDurationSchema(MAX_SETTLE_MS).default(OBSERVE_DEFAULTS.settleMs).describe('The UI is settled after this long without change or request.'),
    })
    .default({ ...OBSERVE_DEFAULTS })
    .describe('Observation thresholds: numbers are ms, strings take a unit (500ms, 8s, 2m).'),
  tags: z.array(text).default([]).describe('Free labels to select scenarios by.'),
});

/** A scenario document after the envelope stage (durations in ms, defaults filled). */
export type ScenarioDocument = z.output<typeof scenarioSchema>;
/** A fault envelope after the envelope stage. */
export type FaultDocument = z.output<typeof faultSchema>;
