import { describe, expect, it } from 'vitest';
import { computeMetrics, computeTallies, finalizeRun } from './metrics.ts';
import { scenarioResult } from './journal-fixtures.ts';

// The case study's own tally of current UX responses (taxonomy.md section 4), N = 464.
const goldenTally: Record<string, number> = {
  'silent-retry': 67,
  silent: 87,
  'console-only': 1,
  'error-but-partly-worked': 4,
  'success-but-partly-failed': 3,
  'false-success': 2,
  'stuck-loading': 9,
  'generic-error': 176,
  'helpful-error': 1,
  'false-empty': 38,
  'third-party-app-error': 3,
  unclassified: 73,
};
const golden = Object.entries(goldenTally).flatMap(([category, count]) =>
  Array.from({ length: count }, () => ({ observed: { category, kind: null }, prescribed: null })),
);
const asPercent = (fraction: number) => Math.round(fraction * 100);

describe('computeMetrics', () => {
  it('reproduces the case study from its golden tally (N = 464): 33 %, 10 %, 40 %', () => {
    expect(golden).toHaveLength(464);
    const m = computeMetrics(golden);
    expect([asPercent(m.noIndication), asPercent(m.incorrect), asPercent(m.unhelpful)]).toEqual([33, 10, 40]);
  });

  it('divides by every scenario of the run, judged or not', () => {
    const m = computeMetrics([{ observed: { category: 'silent', kind: null } }, { observed: { category: 'unclassified', kind: null } }]);
    expect(m.noIndication).toBe(0.5);
  });

  it('counts prescribed coverage only for the prescribed kind without copy errors', () => {
    const hit = { observed: { category: 'helpful-error', kind: 'error-toast' }, prescribed: 'error-toast' };
    const warned = { ...hit, copyFindings: [{ rule: 'no-exclamation', level: 'warning' as const }] };
    const failedCopy = { ...hit, copyFindings: [{ rule: 'actionable', level: 'error' as const }] };
    const otherKind = { ...hit, prescribed: 'full-page-modal' };
    expect(computeMetrics([hit, warned, failedCopy, otherKind]).prescribedCoverage).toBe(0.5);
  });

  it('gives zeros for a run without scenarios', () => {
    expect(computeMetrics([])).toEqual({ noIndication: 0, incorrect: 0, unhelpful: 0, prescribedCoverage: 0, noImpact: 0 });
  });

  it('counts the absorbed outcome apart from the three problem metrics', () => {
    const m = computeMetrics([{ observed: { category: 'no-impact', kind: null }, prescribed: 'no-impact' }, { observed: { category: 'silent', kind: null } }]);
    expect(m).toEqual({ noIndication: 0.5, incorrect: 0, unhelpful: 0, prescribedCoverage: 0.5, noImpact: 0.5 });
  });
});

describe('computeTallies', () => {
  it('counts categories, severities and verdicts', () => {
    const scenarios = [
      { observed: { category: 'silent' }, severity: 'very-bad', verdict: 'fail' },
      { observed: { category: 'silent' }, severity: 'very-bad', verdict: 'fail' },
      { observed: { category: 'helpful-error' }, severity: 'good', verdict: 'pass' },
    ] as const;
    expect(computeTallies(scenarios)).toEqual({
      category: { silent: 2, 'helpful-error': 1 },
      severity: { 'very-bad': 2, good: 1 },
      verdict: { fail: 2, pass: 1 },
    });
  });
});

describe('finalizeRun', () => {
  const run = { id: 'r1', startedAt: '2026-11-28T10:00:00Z', finishedAt: '2026-11-28T10:01:00Z', label: 'legacy', harnessVersion: '0.1.0' };

  it('fills in missing severities and adds metrics and tallies', () => {
    const journal = finalizeRun(run, [scenarioResult({ id: 'a/1', observed: { category: 'generic-error', kind: null, messages: [], timeToFeedbackMs: 300 } })]);
    expect(journal.scenarios[0]?.severity).toBe('bad');
    expect(journal.metrics.unhelpful).toBe(1);
    expect(journal.tallies.severity).toEqual({ bad: 1 });
  });

  it('keeps a severity the runner already set', () => {
    const journal = finalizeRun(run, [scenarioResult({ id: 'a/1', severity: 'unknown' })]);
    expect(journal.scenarios[0]?.severity).toBe('unknown');
  });
});
