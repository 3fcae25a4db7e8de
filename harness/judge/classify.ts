import type { CopyFinding, Evidence as EvidenceFiles } from '../report/results.ts';
import type { JournalEntry } from '../runtime/types.ts';
import type { Observation } from './observe.ts';
import { absorption } from './absorbed.ts';
import { faultedRequestCalls } from './faulted-calls.ts';
import { identifyKind } from './identify-kind.ts';
import { isFailure, messagesSeen, type SeenMessage } from './messages-seen.ts';
import { mutationSteps } from './mutation-steps.ts';

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
  /** The failure message the decision rests on (for placement checks); null when none. */
  primary: SeenMessage | null;
  /** One sentence a person can check against the screenshot. */
  reason: string;
}

/** What the classifier needs besides the observation. */
export interface ClassifyInput {
  observation: Observation;
  /** Journal entries of this scenario only; null when unknown (a hand-written spec without mocks). */
  journal: JournalEntry[] | null;
  /** Copy linter bound to the integration's names and whether the fault is temporary. */
  lint: (text: string, role: 'message' | 'field') => CopyFinding[];
  /** The scenario runs inside the 3rd party's own surface (context `initiatedBy: in-third-party-app`). */
  inThirdPartyApp?: boolean;
}

/** Copy rules whose failure makes a message generic rather than helpful (taxonomy.md `generic-error`). */
const USEFULNESS_RULES = new Set(['names-integration', 'actionable', 'no-codes']);

/** Words with which a failure message reports a partial outcome honestly (consistent-multi-step: "reported as partial"). */
const REPORTS_PARTIAL = /\bfailed at\b|\bpartly\b|\bpartially\b|\b\d+ of (?:its |the )?(?:\d+ )?steps? (?:finished|completed|succeeded|went through)|\bwithout repeating\b|\bnothing will be created twice\b|\b(?:was|were) (?:created|saved|sent), but\b|\bwe (?:created|saved|sent|added)\b[^.]{0,120}\bbut\b/i;

/** A fact as evidence: what was seen, where (selector, bounding box), its role and when. */
const ev = (signal: string, m?: { text?: string; selector?: string; t?: number; box?: Evidence['box']; role?: string | null }): Evidence => {
  const e: Evidence = { signal, text: m?.text, selector: m?.selector, t: m?.t };
  if (m?.box) e.box = m.box;
  if (m?.role) e.role = m.role;
  return e;
};
/** How a message was read: its tone's source and its anchor, for the evidence line. */
const described = (m: SeenMessage) =>
  `${m.source} (${m.tone}${m.toneFrom ? ` from ${m.toneFrom}` : ''})${m.painted ? '' : ', screen readers only'}${m.inViewport ? '' : ', outside the viewport'}${m.nearField ? `, ${m.nearField.gap} px ${m.nearField.above ? 'above' : 'below'} ${m.nearField.what}` : ''}`;

/**
 * Decides exactly one taxonomy category from what the user was shown and what the mock providers saw.
 * Contradictory signals give `unclassified` with the reason, never a guess.
 * @example classifyResponse({ observation, journal, lint: (t, role) => lintCopy(t, { names: ['QuickBooks'], temporary: true, role }) })
 */
export function classifyResponse(input: ClassifyInput): Classification {
  const { observation, journal } = input;
  const final = observation.final;
  const seen = messagesSeen(observation);
  const failures = seen.filter(isFailure);
  const successes = seen.filter((m) => m.tone === 'success');
  const fieldMessages = final.invalidFields.filter((f) => f.message).map((f) => f.message);
  const steps = mutationSteps(journal ?? []);
  const effective = steps.filter((s) => s.tookEffect);
  const failedSteps = steps.filter((s) => !s.tookEffect);
  const faultedCalls = journal ? faultedRequestCalls(journal) : [];
  const messages = [...failures, ...successes].map((m) => m.text).concat(fieldMessages);
  const absorbed = journal ? absorption(journal) : null;
  const unrecovered = absorbed?.unrecoveredReads ?? [];
  const absorbedEvidence = () => (absorbed?.facts ?? []).map((text) => ev('journal: faulted request absorbed', { text }));
  const stepEvidence = () => steps.map((s) => ev(`journal: mutation ${s.tookEffect ? 'took effect' : 'did not take effect'}`, { text: `${s.key.split(' ').slice(0, 3).join(' ')} (${s.attempts} attempt(s))` }));
  const result = (category: string, reason: string, evidence: Evidence[], extra: Partial<Classification> = {}): Classification =>
    ({ category, kind: null, messages, copyFindings: [], evidence, primary: null, reason, ...extra });

  if (input.inThirdPartyApp) {
    return result('third-party-app-error', "the scenario runs inside the 3rd party's own app: recorded, not judged", [ev('context: in-third-party-app', { text: final.url, t: final.t })]);
  }
  // Still busy at the threshold is stuck whatever the journal says: a hung call is journaled only when it ends.
  if (observation.ended === 'stuck-threshold' && final.busy.length > 0) {
    const b = final.busy[0]!;
    return result('stuck-loading', `a busy indicator (${b.what}${b.value ? ` at ${b.value}` : ''}) was still shown after ${observation.durationMs} ms`, final.busy.map((x) => ev(`busy: ${x.what}`, { text: x.value ? `${x.text} ${x.value}` : x.text, selector: x.selector, t: final.t })));
  }
  if (journal && faultedCalls.length === 0) {
    return result('unclassified', 'the faulted endpoint was never called, so the fault never reached the product', [ev('journal: no call to a faulted endpoint')]);
  }
  // Every change took effect and a faulted read stayed failed: a success and a failure can both be true (the import
  // went through, the list under it could not be refreshed). The failure is then the message about the fault.
  const successBesideFailedRead = journal !== null && steps.length > 0 && failedSteps.length === 0 && unrecovered.length > 0;
  if (successes.length > 0 && !(successBesideFailedRead && failures.length > 0)) {
    const evidence = successes.map((m) => ev(`success message (${m.toneFrom ?? m.source})`, m));
    if (failures.length > 0) {
      return result('unclassified', `both a success message ("${successes[0]!.text}") and a failure message ("${failures[0]!.text}") were shown`, [...evidence, ...failures.map((m) => ev('failure message', m))]);
    }
    if (!journal) return result('unclassified', 'a success message was shown; without the journal it cannot be told whether the change took effect', evidence);
    if (failedSteps.length > 0 && effective.length > 0) {
      return result('success-but-partly-failed', `success shown while ${failedSteps.length} of ${steps.length} mutation steps did not take effect`, [...evidence, ...stepEvidence()]);
    }
    if (steps.length === 0 && absorbed?.absorbed) {
      return result('no-impact', `a success ("${successes[0]!.text}") was shown and the faulted call(s) went through after ${absorbed.attempts} attempt(s): the fault was absorbed`, [...evidence, ...absorbedEvidence()]);
    }
    if (steps.length === 0 || effective.length === 0) {
      return result('false-success', steps.length === 0 ? 'success shown but no mutation reached the 3rd party' : 'success shown but no mutation took effect at the 3rd party', [...evidence, ...stepEvidence()]);
    }
    // The change took effect and the success is true, but a faulted read the product could not fetch (the list
    // refreshed after an import) is not absorbed: what nothing said about it is judged below.
    if (unrecovered.length === 0) {
      return result('no-impact', `a success ("${successes[0]!.text}") was shown and every one of the ${steps.length} mutation step(s) took effect: the fault was absorbed`, [...evidence, ...stepEvidence(), ...absorbedEvidence()]);
    }
  }
  if (failures.length > 0 || fieldMessages.length > 0) {
    const evidence = [
      ...failures.map((m) => ev(described(m), m)),
      ...final.invalidFields.map((f) => ev('invalid field', { text: `${f.name}: ${f.message}`, selector: f.selector, t: final.t })),
    ];
    // A failed run's row in a history list is the most specific place a workflow failure can be shown.
    const workflowRow = failures.find((m) => m.inRow && m.nextStepControl && m.tone !== 'warning');
    // A retry / try again control beside the message is its next step, whatever the words say.
    // Linted as the user reads it: a badge with the sentence beside it, an alert with its body and buttons.
    const lintMessage = (m: SeenMessage) => input.lint(m.readText ?? m.text, 'message').filter((f) => !(f.rule === 'actionable' && m.nextStepControl));
    const names = (m: SeenMessage) => !lintMessage(m).some((f) => f.rule === 'names-integration');
    // The message about this integration is the one to judge; a card of another integration may show too.
    const primary = workflowRow ?? failures.find((m) => m.painted && names(m)) ?? failures.find((m) => m.painted) ?? failures[0] ?? null;
    const others = (m: SeenMessage) => m !== primary && primary !== null && names(primary);
    const copyFindings = [
      ...failures.flatMap((m) => lintMessage(m).filter((f) => !(others(m) && f.rule === 'names-integration'))),
      ...fieldMessages.flatMap((text) => input.lint(text, 'field')),
    ];
    const reportsPartial = failures.some((m) => REPORTS_PARTIAL.test(m.text));
    if (effective.length > 0 && reportsPartial) {
      evidence.push(ev('the failure message reports the partial outcome', { text: failures.find((m) => REPORTS_PARTIAL.test(m.text))!.text }), ...stepEvidence());
    }
    if (successBesideFailedRead) evidence.push(...successes.map((m) => ev('true success message (every change took effect)', m)), ...stepEvidence());
    if (effective.length > 0 && !reportsPartial && !successBesideFailedRead) {
      const why = failedSteps.length === 0
        ? `a failure was shown although every one of the ${steps.length} mutation step(s) took effect at the 3rd party (the operation succeeded)`
        : `a failure was shown but ${effective.length} of ${steps.length} mutation steps took effect at the 3rd party`;
      return result('error-but-partly-worked', why, [...evidence, ...stepEvidence()], { copyFindings, primary });
    }
    const useless = primary ? lintMessage(primary).filter((f) => f.level === 'error' && USEFULNESS_RULES.has(f.rule)) : [];
    if (!primary || useless.length > 0) {
      const why = primary ? `the message "${primary.text.slice(0, 80)}" ${useless.map((f) => f.detail ?? f.rule).join('; ')}` : 'only a field message was shown, with no alert';
      return result('generic-error', why, evidence, { copyFindings, primary });
    }
    const kind = identifyKind(primary, final);
    return result('helpful-error', `${primary.tone === 'warning' ? 'a warning' : 'an error'} message (${kind.kind}: ${kind.why}) that names the integration, gives a next step and shows no codes`, evidence, { kind: kind.kind, copyFindings, primary });
  }
  if (absorbed?.absorbed) {
    return result('no-impact', `nothing changed for the user and the faulted call(s) went through after ${absorbed.attempts} attempt(s): the fault was absorbed`, [...absorbedEvidence(), ev('DOM: no failure signal', { t: final.t })]);
  }
  if (final.empty.length > 0) {
    return result('false-empty', `an empty state ("${final.empty[0]!.text}") was shown for data that could not be fetched`, final.empty.map((e) => ev('empty state', { ...e, t: final.t })));
  }
  const logged = [...observation.consoleErrors.map((l) => ev('console error', l)), ...observation.pageErrors.map((l) => ev('page error', l))];
  if (logged.length > 0) return result('console-only', 'nothing was shown; the failure was only logged to the console', logged);
  if (!journal) return result('silent', 'nothing was shown (no journal: retries unknown)', [ev('DOM: no failure signal', { t: final.t })]);
  const calls = faultedCalls.map((c) => ev('journal: faulted call', { text: `${c.method} ${c.path} -> ${c.status ?? 'no response'}`, t: c.at - (journal[0]?.at ?? c.at) }));
  // A true success for the change beside it does not speak for the read that failed.
  const besides = successes.length > 0 ? ` (only a true success, "${successes[0]!.text}", for the change that took effect; ${unrecovered[0]})` : '';
  const nothing = successes.length > 0 ? 'nothing was shown about the failure' : 'nothing was shown';
  if (faultedCalls.length >= 2) return result('silent-retry', `${nothing} while the faulted endpoint was called ${faultedCalls.length} times${besides}`, [...calls, ...stepEvidence()]);
  return result('silent', `${nothing} and the faulted endpoint was called once${besides}`, [...calls, ...stepEvidence()]);
}
