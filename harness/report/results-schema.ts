/** Runtime schema of the run journal (`results.json`), checked against the contract's TypeScript types. */
import { z } from 'zod';
import { severitySlugs } from '../guidelines/taxonomy.ts';
import type { RunJournal } from './results.ts';

const count = z.number().int().nonnegative();
const ms = z.number().nonnegative();
const level = z.enum(['error', 'warning']);
const box = z.object({ x: z.number(), y: z.number(), width: ms, height: ms });

// Loose objects: readers keep fields added after this schema was written ("more fields may be added").
const scenarioSchema = z.looseObject({
  id: z.string().min(1),
  integration: z.string(),
  integrationTitle: z.string().optional(),
  integrationCategory: z.string().optional(),
  flow: z.string(),
  flowTitle: z.string().optional(),
  endpoint: z.string().nullable(),
  fault: z.looseObject({ kind: z.string(), params: z.record(z.string(), z.unknown()) }).nullable(),
  context: z.record(z.string(), z.unknown()),
  prescribed: z.string().nullable(),
  observed: z.looseObject({
    category: z.string(),
    kind: z.string().nullable(),
    messages: z.array(z.string()),
    timeToFeedbackMs: ms.nullable(),
  }),
  copyFindings: z.array(z.looseObject({ rule: z.string(), level, text: z.string() })),
  engineeringFindings: z.array(z.looseObject({ rule: z.string(), level, detail: z.string() })),
  requests: z.looseObject({ total: count, byEndpoint: z.record(z.string(), count) }),
  severity: z.enum(severitySlugs),
  verdict: z.enum(['pass', 'fail']),
  evidence: z.looseObject({
    screenshot: z.string().nullable(),
    trace: z.string().optional(),
    viewport: z.object({ width: ms, height: ms }).optional(),
    box: box.optional(),
    crop: z.object({ file: z.string(), clip: box }).optional(),
  }),
  durationMs: ms,
  title: z.string().optional(),
  label: z.string().optional(),
  error: z.string().optional(),
});

const fraction = z.number().min(0).max(1);
const tally = z.record(z.string(), count);

/** Validates a parsed `results.json`; extra fields are kept. */
export const runJournalSchema: z.ZodType<RunJournal> = z.looseObject({
  run: z.looseObject({
    id: z.string().min(1),
    startedAt: z.string(),
    finishedAt: z.string(),
    label: z.string(),
    harnessVersion: z.string(),
  }),
  scenarios: z.array(scenarioSchema),
  metrics: z.looseObject({
    noIndication: fraction,
    incorrect: fraction,
    unhelpful: fraction,
    prescribedCoverage: fraction,
  }),
  tallies: z.looseObject({
    category: tally,
    severity: z.partialRecord(z.enum(severitySlugs), count),
    verdict: z.partialRecord(z.enum(['pass', 'fail']), count).optional(),
  }),
});
