import type { RuleExpectation } from '../scenario/types.ts';
import type { Evidence } from './classify.ts';

/** Findings kept after a scenario's `check`/`waive`, and the evidence lines saying what was waived and why. */
export interface ExpectedFindings<F> {
  kept: F[];
  waived: Evidence[];
}

/**
 * Applies a scenario's `expect.copyRules` / `expect.engineeringRules`: with `check`, only those rules count;
 * a rule in `waive` is dropped and its reason kept as evidence for the report's reader.
 * @example applyRuleExpectations(findings, { waive: { 'retries-reads': 'the SDK retries below the mock' } }, 'engineering')
 */
export function applyRuleExpectations<F extends { rule: string }>(findings: F[], expectation: RuleExpectation | undefined, family: 'copy' | 'engineering'): ExpectedFindings<F> {
  if (!expectation) return { kept: findings, waived: [] };
  const waived: Evidence[] = [];
  const kept = findings.filter((f) => {
    const reason = expectation.waive?.[f.rule];
    if (reason !== undefined) {
      waived.push({ signal: `waived ${family} rule ${f.rule}`, text: reason });
      return false;
    }
    return !expectation.check || expectation.check.includes(f.rule);
  });
  return { kept, waived };
}
