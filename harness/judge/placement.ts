/**
 * The placement rules (contextual, timely, visible, announced) of guidelines.md, checked from the DOM facts
 * the observer recorded about the message a classification rests on. Rules and levels live in
 * `guidelines/placement-rules.yaml`.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { SeenMessage } from './messages-seen.ts';
import type { CopyFinding } from '../report/results.ts';

const fileSchema = z.strictObject({
  version: z.literal(1),
  rules: z.array(z.strictObject({
    id: z.enum(['visible', 'announced', 'contextual', 'timely']),
    level: z.enum(['error', 'warning']),
    description: z.string().min(1),
    kinds: z.array(z.string()).optional(),
  })).min(1),
});

const file = new URL('../guidelines/placement-rules.yaml', import.meta.url);
/** The placement rules, validated at import. */
export const placementRules = (() => {
  const parsed = fileSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`brownout: ${file.pathname} is invalid: ${z.prettifyError(parsed.error)}; fix the file (ids: visible, announced, contextual, timely)`);
  return parsed.data.rules;
})();

/** What placement is checked on. */
export interface PlacementInput {
  /** The message the classification rests on; nothing is checked without one. */
  message: SeenMessage | null;
  /** The observed kind, or null for a generic message. */
  kind: string | null;
  /** When the first faulted call reached the 3rd party, relative to the user's action (ms; may be negative: on open). */
  failingCallAt: number | null;
  /** The stuck threshold (ms). */
  stuckMs: number;
}

/** Why each rule fails, or undefined when it holds. */
const checks: Record<string, (i: PlacementInput, m: SeenMessage) => string | undefined> = {
  visible: (_, m) => (!m.painted ? 'only announced to screen readers: nothing is painted for sighted users' : !m.inViewport ? 'outside the viewport: the user has to scroll to see it' : undefined),
  announced: (_, m) => (m.announced ? undefined : 'not announced: no role=alert/status, aria-live or dialog'),
  contextual: (_, m) => (m.nearField?.above || (m.inForm && m.aboveFields) ? undefined : 'neither above the affected field or the control the user acted on, nor at the top of its form'),
  timely: (i, m) => {
    if (i.failingCallAt === null) return undefined;
    const late = m.t - Math.max(0, i.failingCallAt);
    return late > i.stuckMs ? `shown ${late} ms after the failing call (threshold ${i.stuckMs} ms)` : undefined;
  },
};

/**
 * Placement findings for one message, in rule order.
 * @example checkPlacement({ message, kind: 'contextual-error-alert', failingCallAt: 0, stuckMs: 8000 })
 */
export function checkPlacement(input: PlacementInput): CopyFinding[] {
  const m = input.message;
  if (!m) return [];
  const findings: CopyFinding[] = [];
  for (const rule of placementRules) {
    if (rule.kinds && (!input.kind || !rule.kinds.includes(input.kind))) continue;
    const detail = checks[rule.id]!(input, m);
    if (detail) findings.push({ rule: rule.id, level: rule.level, text: m.text, detail });
  }
  return findings;
}
