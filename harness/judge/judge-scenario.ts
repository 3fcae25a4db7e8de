import { contextValue } from '../guidelines/prescribe.ts';
import { lintCopy } from '../guidelines/lint-copy.ts';
import { checkPlacement } from './placement.ts';
import type { CopyFinding, EngineeringFinding } from '../report/results.ts';
import type { JournalEntry } from '../runtime/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { absorption } from './absorbed.ts';
import { classifyResponse, type Classification, type Evidence } from './classify.ts';
import { checkEngineering, type FaultedEndpoint } from './engineering.ts';
import { identityRejections, rejectionSentence } from './identity-rejections.ts';
import type { Observation } from './observe.ts';
import { applyRuleExpectations } from './rule-expectations.ts';
import { decideVerdict, type Verdict } from './verdict.ts';

/** Everything the judgement of one scenario reads. */
export interface JudgeInput {
  scenario: Pick<Scenario, 'prescribed' | 'context' | 'observe'> & { expect: Scenario['expect'] };
  observation: Observation;
  /** This scenario's journal entries (from before the flow started). */
  journal: JournalEntry[];
  faulted: FaultedEndpoint[];
  /** Display names of the integration, e.g. `['QuickBooks Online', 'QuickBooks']`. */
  names: readonly string[];
  /** The fault is temporary (not revoked auth): "reconnect" is then false. */
  temporary: boolean;
}

/** The judgement: classification, findings after the scenario's check/waive, verdict, evidence. */
export interface Judgement {
  classification: Classification;
  copyFindings: CopyFinding[];
  engineeringFindings: EngineeringFinding[];
  verdict: Verdict;
  /** The classification's evidence plus what was waived and why, and when/why observation ended. */
  evidence: Evidence[];
  /** One sentence saying why the verdict is what it is (the classification's reason on a pass). */
  reason: string;
}

/**
 * The sentence a reader checks against the screenshot: on a pass, what was shown and why it is the
 * prescribed response; on a fail, what was shown and each reason it fails (never "passes" on a fail).
 * @example verdictReason(classification, { verdict: 'fail', reasons: ['observed error-message-other, prescribed error-toast'] })
 */
export function verdictReason(classification: Classification, verdict: Verdict): string {
  if (verdict.verdict === 'pass') return classification.reason;
  const shown = classification.reason.replace(/ that names the integration, gives a next step and shows no codes$/, '');
  const said = verdict.reasons.join('; ');
  return said.includes(classification.reason) ? `fails: ${said}` : `fails: ${said} (${shown})`;
}

/**
 * Over the scenario's absorption budget: `expect.withinMs`, else the stuck threshold (a fault absorbed only
 * after the user would have judged the page stuck was not absorbed for them). The reason, else null.
 */
function overBudget(input: JudgeInput, classification: Classification): string | null {
  if (classification.category !== 'no-impact') return null;
  const { withinMs } = input.scenario.expect;
  const budget = withinMs ?? input.scenario.observe.stuckMs;
  const endedAt = absorption(input.journal).endedAt;
  const took = endedAt === null ? null : endedAt - input.observation.startedAt;
  return took !== null && took > budget ? `the fault was absorbed only after ${took} ms, over the budget of ${budget} ms (${withinMs === undefined ? 'observe.stuckMs' : 'expect.withinMs'})` : null;
}

/**
 * Classifies what the user was shown, lints its copy and placement, checks the engineering rules, applies
 * the scenario's `expect.copyRules` / `expect.engineeringRules`, and decides the verdict.
 */
export function judgeScenario(input: JudgeInput): Judgement {
  const { scenario, observation, journal } = input;
  const classification = classifyResponse({
    observation,
    journal,
    lint: (text, role) => lintCopy(text, { names: input.names, temporary: input.temporary, role }),
    inThirdPartyApp: contextValue(scenario.context, 'initiatedBy') === 'in-third-party-app' || scenario.prescribed === 'third-party-app-error',
  });
  const firstFaulted = journal.find((e) => e.fault);
  const placement = checkPlacement({
    message: classification.primary,
    kind: classification.kind,
    failingCallAt: firstFaulted ? firstFaulted.at - observation.startedAt : null,
    stuckMs: scenario.observe.stuckMs,
  });
  const engineering = checkEngineering({
    journal, observation, faulted: input.faulted, classification,
    staleDataExists: contextValue(scenario.context, 'data') === 'stale',
  });
  const copy = applyRuleExpectations([...classification.copyFindings, ...placement], scenario.expect.copyRules, 'copy');
  const eng = applyRuleExpectations(engineering, scenario.expect.engineeringRules, 'engineering');
  const decided = decideVerdict(scenario.prescribed, classification, eng.kept, copy.kept);
  const budget = overBudget(input, classification);
  const verdict: Verdict = budget ? { verdict: 'fail', reasons: [...decided.reasons, budget] } : decided;
  const ended = observation.settledOn ? [{ signal: `observer: ${observation.ended}`, text: observation.settledOn, t: observation.durationMs }] : [];
  // A mock that refused the product's identity before any fault explains a drill that tested nothing: say so.
  const rejected = identityRejections(journal);
  const identity = rejected.map((e) => ({ signal: 'journal: identity rejected before any fault', text: `${e.method} ${e.path} -> ${e.status}`, t: e.at - observation.startedAt }));
  const reason = verdictReason(classification, verdict);
  return {
    classification,
    copyFindings: copy.kept,
    engineeringFindings: eng.kept,
    verdict,
    evidence: [...classification.evidence, ...copy.waived, ...eng.waived, ...ended, ...identity],
    reason: rejected.length > 0 && verdict.verdict === 'fail' ? `${reason}; ${rejectionSentence(rejected)}` : reason,
  };
}
