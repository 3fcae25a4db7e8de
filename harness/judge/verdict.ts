import type { Classification } from './classify.ts';
import type { CopyFinding, EngineeringFinding } from '../report/results.ts';

/** Why a scenario passed or failed, one reason a line. */
export interface Verdict {
  verdict: 'pass' | 'fail';
  reasons: string[];
}

/**
 * `pass` only when the observed kind is the prescribed one (or the fault was absorbed), no copy or engineering finding is an error and
 * nothing is unclassified (taxonomy.md, issue "Judgement"). `copyFindings` defaults to the classification's.
 * @example decideVerdict('contextual-error-alert', classification, []) // { verdict: 'pass', reasons: [] }
 */
export function decideVerdict(prescribed: string, c: Classification, engineering: EngineeringFinding[], copyFindings: CopyFinding[] = c.copyFindings): Verdict {
  const reasons: string[] = [];
  const observed = c.kind ?? c.category;
  if (c.category === 'unclassified') reasons.push(`unclassified: ${c.reason}`);
  // An absorbed fault (the faulted calls went through, the user saw a true success or no change) is the best
  // outcome whatever response the tree prescribes for a failure the user would have seen: a sweep drill names
  // the tree's leaf, and a product that retries a flapping read past it did better than the leaf.
  else if (observed !== prescribed && c.category !== 'no-impact') reasons.push(`observed ${observed}, prescribed ${prescribed}`);
  for (const f of copyFindings) if (f.level === 'error') reasons.push(`copy ${f.rule}: "${f.text}"${f.detail ? ` (${f.detail})` : ''}`);
  for (const f of engineering) if (f.level === 'error') reasons.push(`engineering ${f.rule}: ${f.detail}`);
  return { verdict: reasons.length === 0 ? 'pass' : 'fail', reasons };
}
