/** The rule ids a scenario's `expect.copyRules` / `expect.engineeringRules` may name. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { copyRules } from '../guidelines/copy-rules.ts';

const fileSchema = z.strictObject({
  rules: z.array(z.strictObject({ id: z.string().regex(/^[a-z][a-z-]*$/), rule: z.string().min(1) })).min(1),
});

const engineeringRulesPath = new URL('./engineering-rules.yaml', import.meta.url);

/** Engineering rules (guidelines section 3) by id, from `engineering-rules.yaml`. */
export const engineeringRules: readonly { id: string; rule: string }[] = (() => {
  const parsed = fileSchema.safeParse(parse(readFileSync(engineeringRulesPath, 'utf8')));
  if (!parsed.success) throw new Error(`brownout: ${engineeringRulesPath.pathname} is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data.rules;
})();

/** Ids of the engineering rules, e.g. `retries-reads`. */
export const engineeringRuleIds: readonly string[] = engineeringRules.map((r) => r.id);

/** Ids of the copy rules in `harness/guidelines/copy-rules.yaml`, e.g. `names-integration`. */
export const copyRuleIds: readonly string[] = copyRules.map((r) => r.id);
