import { describe, expect, it } from 'vitest';
import type { Classification } from './classify.ts';
import { applyRuleExpectations } from './rule-expectations.ts';
import { decideVerdict } from './verdict.ts';

const helpful: Classification = { category: 'helpful-error', kind: 'contextual-error-alert', messages: [], copyFindings: [], evidence: [], primary: null, reason: '' };

describe('decideVerdict', () => {
  it('passes the prescribed kind with no error finding', () => expect(decideVerdict('contextual-error-alert', helpful, [])).toEqual({ verdict: 'pass', reasons: [] }));
  it('fails another kind, saying both', () => expect(decideVerdict('error-toast', helpful, []).reasons).toEqual(['observed contextual-error-alert, prescribed error-toast']));
  it('fails an engineering error but not a warning', () => {
    expect(decideVerdict('contextual-error-alert', helpful, [{ rule: 'retries-reads', level: 'warning', detail: 'not retried' }]).verdict).toBe('pass');
    expect(decideVerdict('contextual-error-alert', helpful, [{ rule: 'bounded-retries', level: 'error', detail: '9 calls' }]).reasons).toEqual(['engineering bounded-retries: 9 calls']);
  });
  it('passes an absorbed fault whatever leaf was prescribed, but not a failure shown where no-impact was', () => {
    const absorbed = { ...helpful, category: 'no-impact', kind: null, reason: 'absorbed' };
    expect(decideVerdict('contextual-error-alert', absorbed, [])).toEqual({ verdict: 'pass', reasons: [] });
    expect(decideVerdict('no-impact', helpful, []).reasons).toEqual(['observed contextual-error-alert, prescribed no-impact']);
  });
  it('fails unclassified whatever was prescribed', () => expect(decideVerdict('unclassified', { ...helpful, category: 'unclassified', kind: null, reason: 'both' }, []).reasons).toEqual(['unclassified: both']));
});

describe('applyRuleExpectations', () => {
  const findings = [{ rule: 'retries-reads' }, { rule: 'bounded-retries' }];
  it('drops a waived rule and keeps its reason as evidence', () => {
    expect(applyRuleExpectations(findings, { waive: { 'retries-reads': 'the SDK retries' } }, 'engineering')).toEqual({
      kept: [{ rule: 'bounded-retries' }], waived: [{ signal: 'waived engineering rule retries-reads', text: 'the SDK retries' }],
    });
  });
  it('keeps only the checked rules', () => expect(applyRuleExpectations(findings, { check: ['bounded-retries'] }, 'engineering').kept).toEqual([{ rule: 'bounded-retries' }]));
});
