import { contextValue } from '../guidelines/prescribe.ts';
import { lintCopy } from '../guidelines/lint-copy.ts';
import { checkPlacement } from '../guidelines/placement.ts';
import type { CopyFinding, EngineeringFinding } from '../report/results.ts';
import type { JournalEntry } from '../runtime/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { classifyResponse, type Classification, type Evidence } from './classify.ts';
import { checkEngineering, type FaultedEndpoint } from './engineering.ts';
import type { Observation } from './observe.ts';
import { applyRuleExpectations } from './rule-expectations.ts';
import { decideVerdict, type Verdict } from './verdict.ts';

/** Everything the judgement of one scenario reads. */
export interface JudgeInput {
  scenario: Pick<Scenario, 'prescribed' | 'context' | 'expect' | 'observe'>;
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
  /** The classification's evidence plus what was waived and why. */
  evidence: Evidence[];
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
  const verdict = decideVerdict(scenario.prescribed, classification, eng.kept, copy.kept);
  return {
    classification,
    copyFindings: copy.kept,
    engineeringFindings: eng.kept,
    verdict,
    evidence: [...classification.evidence, ...copy.waived, ...eng.waived],
  };
}
