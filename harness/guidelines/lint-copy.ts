import { copyRules, type CopyRule, type MessageRole } from './copy-rules.ts';

/** One broken copy rule on one message. */
export interface Finding {
  rule: string;
  level: 'error' | 'warning';
  /** The message that was linted. */
  text: string;
  /** What was found (with the offending words) or what is missing. */
  detail: string;
}

/** What the linter needs to know besides the words. */
export interface LintCopyInput {
  /** Display names of the integration the user works with, e.g. `['QuickBooks Online', 'QuickBooks']`. */
  names: readonly string[];
  /** The fault is temporary (outage, timeout, reset, 429): "reconnect" is then false. False for revoked auth. */
  temporary: boolean;
  /** `field` for the short error next to a form field: the alert above carries next step, impact, blame. Default `message`. */
  role?: MessageRole;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `{names}` as an alternation of the display names, longest first; a never-matching group when none. */
function namesPattern(names: readonly string[]): string {
  const words = [...names].filter((n) => n.trim()).sort((a, b) => b.length - a.length);
  return words.length ? `(?:${words.map((n) => escape(n.trim()).replace(/\s+/g, '\\s+')).join('|')})` : '(?!)';
}

/** Straight quotes, so patterns need only one apostrophe. */
const normalise = (text: string) => text.replace(/[\u2018\u2019\u02BC]/g, "'").replace(/[\u201C\u201D]/g, '"');

function applies(rule: CopyRule, input: LintCopyInput): boolean {
  if (!rule.appliesTo.includes(input.role ?? 'message')) return false;
  return rule.when?.temporary === undefined || rule.when.temporary === input.temporary;
}

/** The detail of `rule`'s finding on `text` (`{names}` still to fill), or undefined when the rule passes. */
function check(rule: CopyRule, text: string, names: string): string | undefined {
  const regex = (pattern: string, flags: string) => new RegExp(pattern.replaceAll('{names}', names), flags);
  if ('forbid' in rule.detect) {
    for (const { pattern, flags, what } of rule.detect.forbid) {
      const match = regex(pattern, flags).exec(text);
      if (match) return `${what}: "${match[0].trim()}"`;
    }
    return undefined;
  }
  return rule.detect.require.some((pattern) => regex(pattern, 'i').test(text)) ? undefined : rule.detect.missing;
}

/**
 * Checks one user-facing message against the copy rules of guidelines.md section 2; one finding per
 * broken rule, in rule order. Never throws.
 * @example lintCopy('Error 503', { names: ['QuickBooks'], temporary: true })
 *   // [{ rule: 'names-integration', level: 'error', ... }, { rule: 'no-codes', ..., detail: 'an error code: "Error 503"' }, ...]
 */
export function lintCopy(text: string, input: LintCopyInput, rules: readonly CopyRule[] = copyRules): Finding[] {
  const words = normalise(text);
  const names = namesPattern(input.names);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!applies(rule, input)) continue;
    const detail = check(rule, words, names);
    if (detail) {
      const named = detail.replaceAll('{names}', input.names.join(', ') || 'no name was given');
      findings.push({ rule: rule.id, level: rule.level, text, detail: named });
    }
  }
  return findings;
}
