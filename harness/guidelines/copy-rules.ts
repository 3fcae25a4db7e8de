/**
 * The copy rules of guidelines.md section 2, loaded from `copy-rules.yaml` and validated once at import.
 * `lint-copy.ts` applies them; the data (patterns, levels, examples) lives in the YAML.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { GuidelinesError } from '../input/errors.ts';
import { parseGuidelinesYaml, readGuidelinesFile } from './guidelines-yaml.ts';

/** Where a message is shown: an alert/toast/dialog/empty state/status, or the short error next to a field. */
export const messageRoles = ['message', 'field'] as const;
/** One message role. */
export type MessageRole = (typeof messageRoles)[number];

const text = z.string().trim().min(1);
const flags = z.string().regex(/^[imsu]*$/, 'expected regex flags from i, m, s, u (no g or y)');
const compiles = (pattern: string, f: string) => {
  try {
    new RegExp(pattern.replaceAll('{names}', 'x'), f);
    return true;
  } catch {
    return false;
  }
};
const forbidPattern = z
  .strictObject({ pattern: text, flags: flags.default('i'), what: text })
  .refine((p) => compiles(p.pattern, p.flags), 'expected a valid JavaScript regex');
const requirePattern = text.refine((p) => compiles(p, 'i'), 'expected a valid JavaScript regex');

const exampleSchema = z.union([
  text,
  z.strictObject({
    text,
    names: z.array(text).optional(),
    temporary: z.boolean().optional(),
    role: z.enum(messageRoles).optional(),
  }),
]);

const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id'),
  level: z.enum(['error', 'warning']),
  description: text,
  appliesTo: z.array(z.enum(messageRoles)).min(1).default([...messageRoles]),
  when: z.strictObject({ temporary: z.boolean().optional() }).optional(),
  detect: z.union([
    z.strictObject({ forbid: z.array(forbidPattern).min(1) }),
    z.strictObject({ require: z.array(requirePattern).min(1), missing: text }),
  ]),
  examples: z.strictObject({ good: z.array(exampleSchema).min(1), bad: z.array(exampleSchema).min(1) }),
});

const fileSchema = z
  .strictObject({
    version: z.literal(1),
    exampleInput: z.strictObject({ names: z.array(text).min(1), temporary: z.boolean(), role: z.enum(messageRoles) }),
    passesEveryRule: z.array(exampleSchema).min(1),
    rules: z.array(ruleSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${rule.id}"` });
      seen.add(rule.id);
    });
  });

/** The whole validated copy-rules file. */
export type CopyRulesFile = z.infer<typeof fileSchema>;
/** One copy rule. */
export type CopyRule = CopyRulesFile['rules'][number];
/** One example message, as written in the file. */
export type CopyExample = z.infer<typeof exampleSchema>;

/**
 * Parses and validates copy-rules YAML text; throws `GuidelinesError` listing every problem.
 * @example parseCopyRules(readFileSync(file, 'utf8'), file)
 */
export function parseCopyRules(source: string, file = 'copy-rules.yaml'): CopyRulesFile {
  const data = parseGuidelinesYaml(source, file);
  const result = fileSchema.safeParse(data);
  if (!result.success) throw new GuidelinesError(file, z.prettifyError(result.error).split('\n'));
  return result.data;
}

/** Where the built-in copy rules live. */
export const defaultCopyRulesPath = fileURLToPath(new URL('./copy-rules.yaml', import.meta.url));

/** Reads and validates a copy-rules file (default: the built-in one). */
export function loadCopyRules(file = defaultCopyRulesPath): CopyRulesFile {
  const source = readGuidelinesFile(file);
  return parseCopyRules(source, file);
}

/** The built-in copy rules file, validated at import. */
export const copyRulesFile: CopyRulesFile = loadCopyRules();
/** The built-in copy rules, in file order. */
export const copyRules: readonly CopyRule[] = copyRulesFile.rules;
