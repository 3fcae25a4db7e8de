import type { CopyFinding, Evidence as EvidenceFiles } from '../report/results.ts';
import type { JournalEntry } from '../runtime/types.ts';
import type { ShownMessage } from './dom-snapshot.ts';
import type { Observation } from './observe.ts';
import { faultedRequestCalls } from './faulted-calls.ts';
import { identifyKind } from './identify-kind.ts';

/** One fact behind a classification: what was seen, where, when (ms since the user's action). */
export type Evidence = NonNullable<EvidenceFiles['items']>[number];

/** The classifier's decision with the facts behind it. */
export interface Classification {
  /** A slug of taxonomy.md section 1. */
  category: string;
  /** For `helpful-error`: a slug of taxonomy.md section 2; null otherwise. */
  kind: string | null;
  messages: string[];
  copyFindings: CopyFinding[];
  evidence: Evidence[];
  /** One sentence a person can check against the screenshot. */
  reason: string;
}

/** What the classifier needs besides the observation. */
export interface ClassifyInput {
  observation: Observation;
  /** Journal entries of this scenario only. */
  journal: JournalEntry[];
  /** Copy linter bound to the integration's names and whether the fault is temporary. */
  lint: (text: string, role: 'message' | 'field') => CopyFinding[];
}

/** Copy rules whose failure makes a message generic rather than helpful (taxonomy.md `generic-error`). */
const USEFULNESS_RULES = new Set(['names-integration', 'actionable', 'no-codes']);

const failureTone = (m: ShownMessage) => m.tone === 'error' || m.tone === 'warning' || m.source === 'dialog';

/** Every distinct message seen during the observation (a toast may be gone by the end). */
function messagesSeen(observation: Observation): (ShownMessage & { t: number })[] {
  const byText = new Map<string, ShownMessage & { t: number }>();
  for (const snap of observation.timeline) {
    for (const m of snap.messages) if (!byText.has(m.text)) byText.set(m.text, { ...m, t: snap.t });
  }
  return [...byText.values()];
}

/**
 * Decides exactly one taxonomy category from what the user was shown and what the mock providers saw.
 * Contradictory signals give `unclassified` with the reason, never a guess.
 */
export function classifyResponse(input: ClassifyInput): Classification {
  const { observation, journal } = input;
  const final = observation.final;
  const seen = messagesSeen(observation);
  const failures = seen.filter(failureTone);
  const successes = seen.filter((m) => m.tone === 'success');
  const fieldMessages = final.invalidFields.filter((f) => f.message).map((f) => f.message);
  const mutations = journal.filter((e) => e.mutation);
  const tookEffect = mutations.filter((e) => e.tookEffect === true);
  const failedMutations = mutations.filter((e) => e.tookEffect === false || (e.status ?? 500) >= 400);
  const faultedCalls = faultedRequestCalls(journal);
  const messages = [...failures, ...successes].map((m) => m.text).concat(fieldMessages);
  const ev = (signal: string, m?: { text?: string; selector?: string; t?: number }): Evidence =>
    ({ signal, text: m?.text, selector: m?.selector, t: m?.t });
  const result = (category: string, reason: string, evidence: Evidence[], extra: Partial<Classification> = {}): Classification =>
    ({ category, kind: null, messages, copyFindings: [], evidence, reason, ...extra });

  if (faultedCalls.length === 0) {
    return result('unclassified', 'the faulted endpoint was never called, so the fault never reached the product', [ev('journal: no call to a faulted endpoint')]);
  }
  if (observation.ended === 'stuck-threshold' && final.busy.length > 0) {
    const b = final.busy[0]!;
    return result('stuck-loading', `a busy indicator (${b.what}) was still shown after ${observation.durationMs} ms`, final.busy.map((x) => ev(`busy: ${x.what}`, { text: x.text, selector: x.selector, t: final.t })));
  }
  if (successes.length > 0) {
    const evidence = successes.map((m) => ev('success message', m));
    if (failures.length > 0) return result('unclassified', 'both a success and a failure message were shown', [...evidence, ...failures.map((m) => ev('failure message', m))]);
    if (failedMutations.length > 0 && tookEffect.length > 0) return result('success-but-partly-failed', `success shown while ${failedMutations.length} of ${mutations.length} mutations failed`, evidence);
    if (failedMutations.length > 0 || mutations.length === 0) return result('false-success', 'success shown but no mutation took effect at the 3rd party', evidence);
    return result('unclassified', 'success shown and every mutation took effect: the fault did not affect the outcome', evidence);
  }
  if (failures.length > 0 || fieldMessages.length > 0) {
    const evidence = [
      ...failures.map((m) => ev(`${m.source} (${m.tone})`, m)),
      ...final.invalidFields.map((f) => ev('invalid field', { text: `${f.name}: ${f.message}`, selector: f.selector, t: final.t })),
    ];
    if (tookEffect.length > 0) return result('error-but-partly-worked', `a failure was shown but ${tookEffect.length} mutation(s) took effect at the 3rd party`, evidence);
    const primary = failures[0];
    const copyFindings = [
      ...failures.flatMap((m) => input.lint(m.text, 'message')),
      ...fieldMessages.flatMap((text) => input.lint(text, 'field')),
    ];
    const useless = primary ? input.lint(primary.text, 'message').filter((f) => f.level === 'error' && USEFULNESS_RULES.has(f.rule)) : [];
    if (!primary || useless.length > 0) {
      const why = primary ? `the message fails ${useless.map((f) => f.rule).join(', ')}` : 'only a field message was shown, with no alert';
      return result('generic-error', why, evidence, { copyFindings });
    }
    const kind = identifyKind(primary, final);
    return result('helpful-error', `${primary.tone === 'warning' ? 'a warning' : 'an error'} message (${kind.kind}) that passes the usefulness rules: ${kind.why}`, evidence, { kind: kind.kind, copyFindings });
  }
  if (final.empty.length > 0) {
    return result('false-empty', 'an empty state was shown for data that could not be fetched', final.empty.map((e) => ev('empty state', { ...e, t: final.t })));
  }
  const logged = [...observation.consoleErrors, ...observation.pageErrors];
  if (logged.length > 0) return result('console-only', 'nothing was shown; the failure was only logged to the console', logged.map((l) => ev('console error', l)));
  if (faultedCalls.length >= 2) return result('silent-retry', `nothing was shown while the faulted endpoint was called ${faultedCalls.length} times`, [ev('journal', { text: `${faultedCalls.length} calls` })]);
  return result('silent', 'nothing was shown and the faulted endpoint was called once', [ev('journal', { text: '1 call' })]);
}
