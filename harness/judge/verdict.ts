import type { Classification } from './classify.ts';
import type { EngineeringFinding } from '../report/results.ts';

/** Why a scenario passed or failed, one reason a line. */
export interface Verdict {
  verdict: 'pass' | 'fail';
  reasons: string[];
}

/**
 * `pass` only when the observed kind is the prescribed one, no copy or engineering finding is an error and
 * nothing is unclassified (taxonomy.md, issue "Judgement").
 */
export function decideVerdict(prescribed: string, c: Classification, engineering: EngineeringFinding[]): Verdict {
  const reasons: string[] = [];
  const observed = c.kind ?? c.category;
  if (c.category === 'unclassified') reasons.push(`unclassified: ${c.reason}`);
  else if (observed !== prescribed) reasons.push(`observed ${observed}, prescribed ${prescribed}`);
  for (const f of c.copyFindings) if (f.level === 'error') reasons.push(`copy ${f.rule}: "${f.text}"`);
  for (const f of engineering) if (f.level === 'error') reasons.push(`engineering ${f.rule}: ${f.detail}`);
  return { verdict: reasons.length === 0 ? 'pass' : 'fail', reasons };
}
