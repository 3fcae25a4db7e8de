/** The data behind "What to fix" (`fix-advice.yaml`): message parts per prescribed kind and fault, checklist lines per engineering rule. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { GuidelinesError } from '../../input/errors.ts';
import { categoryOf, kindOf } from '../../guidelines/taxonomy.ts';

const partsSchema = z.strictObject({
  summary: z.string().min(1).optional(),
  impact: z.string().min(1).optional(),
  reassurance: z.string().optional(),
  nextStep: z.string().min(1).optional(),
});

const fileSchema = z
  .strictObject({
    version: z.literal(1),
    message: partsSchema.required(),
    defaultAction: z.string().min(1),
    kinds: z.record(z.string(), partsSchema),
    faults: z.record(z.string(), partsSchema),
    engineering: z.record(z.string(), z.string().min(1)),
  })
  .superRefine((file, ctx) => {
    for (const slug of Object.keys(file.kinds)) {
      if (!kindOf(slug) && !categoryOf(slug)) ctx.addIssue({ code: 'custom', path: ['kinds', slug], message: `"${slug}" is not a kind or category of taxonomy.yaml` });
    }
  });

/** The validated advice file. */
export type FixAdvice = z.infer<typeof fileSchema>;
/** The parts of a suggested message, in reading order. */
export type MessageParts = Required<z.infer<typeof partsSchema>>;

/** Where the built-in advice lives. */
export const defaultFixAdvicePath = fileURLToPath(new URL('./fix-advice.yaml', import.meta.url));

/** Reads and validates an advice file (default: the built-in one); throws `GuidelinesError` listing every problem. */
export function loadFixAdvice(file = defaultFixAdvicePath): FixAdvice {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GuidelinesError(file, [`cannot read it as YAML: ${(error as Error).message}`]);
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) throw new GuidelinesError(file, z.prettifyError(result.error).split('\n'));
  return result.data;
}

/** The built-in advice, validated at import. */
export const fixAdvice: FixAdvice = loadFixAdvice();
