/**
 * "What to fix" for a failing drill: the prescribed response, a suggested message built from the content
 * template with the integration's name, the impact and the next step filled in, and the engineering
 * findings as a checklist. Every suggestion passes the copy linter (fix-advice.test.ts).
 */
import { categoryOf, kindOf } from '../../guidelines/taxonomy.ts';
import { integrationTitle } from '../integration-label.ts';
import type { ScenarioResult } from '../results.ts';
import { fixAdvice, type FixAdvice, type MessageParts } from './fix-advice.ts';

/** What to do about one failing drill. */
export interface FixSuggestion {
  /** Prescribed kind slug, or null when the guidelines prescribe none (TBD). */
  prescribed: string | null;
  /** Its label, e.g. "Contextual error alert + messaging". */
  prescribedLabel: string;
  /** The message to show, in the content template's words. */
  message: string;
  /** One line per engineering rule the drill broke. */
  checklist: string[];
}

/** What the suggestion is filled in with. */
export interface SuggestInput {
  prescribed: string | null;
  /** The integration's display name, e.g. "QuickBooks". */
  app: string;
  /** What the user was doing, imperative, e.g. "Create a QuickBooks expense"; null when unknown. */
  flowTitle: string | null;
  /** The fault kind applied, e.g. `outage`, `auth-revoked`. */
  fault: string | null;
  /** Engineering rules the drill broke. */
  engineeringRules: readonly string[];
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
const sentence = (text: string) => text.trim().replace(/[.\s]*$/, '.');

/** "Create a QuickBooks expense" -> "create a QuickBooks expense" (brand names keep their capital). */
const asAction = (title: string) => title.trim().replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase()).replace(/[.!?\s]+$/, '');

/**
 * Builds the suggestion from the advice data.
 * @example suggestFix({ prescribed: 'contextual-error-alert', app: 'QuickBooks', flowTitle: 'Create a QuickBooks expense', fault: 'outage', engineeringRules: [] }).message
 *   // "We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to create a QuickBooks expense. ..."
 */
export function suggestFix(input: SuggestInput, advice: FixAdvice = fixAdvice): FixSuggestion {
  const parts: MessageParts = {
    ...advice.message,
    ...(input.prescribed ? advice.kinds[input.prescribed] : undefined),
    ...(input.fault ? advice.faults[input.fault] : undefined),
  };
  const action = input.flowTitle ? asAction(input.flowTitle) : fill(advice.defaultAction, { app: input.app });
  const values = { app: input.app, action };
  const message = [parts.summary, parts.impact, parts.reassurance, parts.nextStep]
    .filter((p) => p.trim())
    .map((p) => sentence(fill(p, values)))
    .join(' ');
  const label = input.prescribed ? (kindOf(input.prescribed)?.label ?? categoryOf(input.prescribed)?.label ?? input.prescribed) : 'TBD: no prescribed response for this context';
  const checklist = [...new Set(input.engineeringRules)].map((rule) => advice.engineering[rule] ?? `Fix what the ${rule} rule found.`);
  return { prescribed: input.prescribed, prescribedLabel: label, message, checklist };
}

/** The suggestion for a failing drill of a run; null for a passing one. */
export function suggestFixFor(result: ScenarioResult): FixSuggestion | null {
  if (result.verdict === 'pass') return null;
  return suggestFix({
    prescribed: result.prescribed,
    app: integrationTitle(result),
    flowTitle: result.flowTitle ?? null,
    fault: result.fault?.kind ?? null,
    engineeringRules: result.engineeringFindings.map((f) => f.rule),
  });
}
