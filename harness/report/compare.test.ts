import { describe, expect, it } from 'vitest';
import { compareRuns, percent, pointsDelta, scenarioChange } from './compare.ts';
import { scenarioResult, writeBeforeAfterRuns } from './journal-fixtures.ts';
import { readRun } from './read-run.ts';
import type { ScenarioResult } from './results.ts';

const result = (severity: ScenarioResult['severity'], verdict: ScenarioResult['verdict']) =>
  ({ ...scenarioResult({ id: 'a/b' }), severity, verdict }) as ScenarioResult;

describe('scenarioChange', () => {
  it.each([
    ['bad', 'fail', 'good', 'pass', 'improved'],
    ['critical', 'fail', 'very-bad', 'fail', 'improved'],
    ['good', 'pass', 'very-bad', 'fail', 'regressed'],
    ['ok', 'fail', 'ok', 'fail', 'unchanged'],
    ['unknown', 'fail', 'bad', 'pass', 'improved'],
    ['good', 'pass', 'unknown', 'fail', 'regressed'],
    ['unknown', 'fail', 'unknown', 'fail', 'unchanged'],
  ] as const)('%s/%s -> %s/%s is %s', (bs, bv, as, av, change) => {
    expect(scenarioChange(result(bs, bv), result(as, av))).toBe(change);
  });

  it('calls a scenario in one run only added or removed', () => {
    expect([scenarioChange(undefined, result('bad', 'fail')), scenarioChange(result('bad', 'fail'), undefined)]).toEqual(['added', 'removed']);
  });
});

describe('compareRuns', () => {
  const { before, after } = writeBeforeAfterRuns();
  const impact = compareRuns(readRun(before), readRun(after));

  it('pairs scenarios by id and lists those of one run too', () => {
    expect(impact.scenarios.map((p) => [p.id, p.change])).toEqual([
      ['quickbooks/expense-payee-outage', 'improved'],
      ['slack/new-drill', 'added'],
      ['shopify/card-outage', 'removed'],
    ]);
  });

  it('recomputes each metric and calls its trend by its direction', () => {
    const coverage = impact.metrics.find((m) => m.id === 'prescribedCoverage')!;
    expect([coverage.before, coverage.after, coverage.trend, coverage.target]).toEqual([0, 0.5, 'improved', 0.75]);
    const unhelpful = impact.metrics.find((m) => m.id === 'unhelpful')!;
    expect([unhelpful.before, unhelpful.after, unhelpful.trend]).toEqual([0.5, 0, 'improved']);
  });

  it('counts severities per run', () => {
    expect(impact.before.severity).toMatchObject({ bad: 1, 'very-bad': 1, good: 0 });
    expect(impact.after.severity).toMatchObject({ good: 1, unknown: 1 });
  });
});

describe('formatting', () => {
  it('shows whole percentages and signed percentage points', () => {
    expect([percent(0.334), percent(0.75), pointsDelta(-0.214), pointsDelta(0.33), pointsDelta(0.001)]).toEqual(['33 %', '75 %', '−21 pp', '+33 pp', '±0 pp']);
  });
});
