import { kinds } from '../../harness/guidelines/taxonomy.ts';
import type { CaseRun } from './run.ts';

const kindSlugs = new Set(kinds.map((k) => k.slug));

/** How one case was judged against its label. */
export interface CaseScore {
  name: string;
  library: string;
  /** Labelled as the prescribed response done well. */
  good: boolean;
  expected: string;
  observed: string;
  /** The observed label is the expected one and every expected finding was reported. */
  correct: boolean;
  /** A page that is not the prescribed response done well, which the judge would pass. */
  falsePass: boolean;
  /** A good page (the prescribed response done well) whose verdict failed. */
  falseFail: boolean;
  reason: string;
}

/**
 * Scores one run: correct when the label and the expected findings match; a false pass when a page that is not
 * good is judged a helpful kind with no error finding (a drill prescribing that kind would pass it); a false
 * fail when a good page's verdict (prescribed: its own kind) fails.
 */
export function scoreRun(run: CaseRun): CaseScore {
  const { case: c, judgement } = run;
  const { classification, copyFindings, verdict } = judgement;
  const expected = c.expected.kind ?? c.expected.category;
  const observed = classification.kind ?? classification.category;
  const rules = new Set(copyFindings.map((f) => f.rule));
  const correct = observed === expected && (c.findings ?? []).every((r) => rules.has(r));
  const passable = kindSlugs.has(observed) && !copyFindings.some((f) => f.level === 'error');
  return {
    name: c.name, library: c.library, good: c.good, expected, observed, correct,
    falsePass: !c.good && passable,
    falseFail: c.good && verdict.verdict === 'fail',
    reason: verdict.reasons.join('; ') || classification.reason,
  };
}

/** Accuracy and error counts over a set of scored cases. */
export interface Figures {
  correct: number;
  total: number;
  /** correct / total, 0..1 (0 when empty). */
  accuracy: number;
  falsePasses: number;
  falseFails: number;
  goodPages: number;
}

/** Sums scored cases into figures. */
export function figures(scores: readonly CaseScore[]): Figures {
  const correct = scores.filter((s) => s.correct).length;
  return {
    correct, total: scores.length, accuracy: scores.length ? correct / scores.length : 0,
    falsePasses: scores.filter((s) => s.falsePass).length, falseFails: scores.filter((s) => s.falseFail).length, goodPages: scores.filter((s) => s.good).length,
  };
}
