import { describe, expect, it } from 'vitest';
import { formatGate, gateRun } from './gate.ts';
import { scenarioResult } from './journal-fixtures.ts';
import { finalizeRun, type UnfinishedScenario } from './metrics.ts';

const run = (label: string, scenarios: UnfinishedScenario[]) =>
  finalizeRun({ id: label, label, startedAt: '2026-11-29T00:00:00Z', finishedAt: '2026-11-29T00:01:00Z', harnessVersion: '0.0.0' }, scenarios);

const generic = { category: 'generic-error', kind: null, messages: ['An error occurred.'], timeToFeedbackMs: 300 };
const helpful = { category: 'helpful-error', kind: 'contextual-error-alert', messages: ['QuickBooks is not responding.'], timeToFeedbackMs: 300 };
const silent = { category: 'silent', kind: null, messages: [], timeToFeedbackMs: null };

describe('gateRun', () => {
  const legacy = run('legacy', [
    scenarioResult({ id: 'a', observed: generic, verdict: 'fail' }),
    scenarioResult({ id: 'b', observed: silent, verdict: 'fail' }),
  ]);
  const guided = run('guided', [
    scenarioResult({ id: 'a', observed: helpful, verdict: 'pass' }),
    scenarioResult({ id: 'b', observed: silent, verdict: 'fail' }),
  ]);

  it('fails on a regressed run and names each scenario that got worse', () => {
    const gate = gateRun(guided, legacy);
    expect(gate.passed).toBe(false);
    expect(gate.regressions.map((r) => r.id)).toEqual(['a']);
    expect(gate.regressions[0]!.detail).toMatch(/severity good -> \w+.*verdict pass -> fail.*observed contextual-error-alert -> generic-error/);
    expect(formatGate(gate, 'guided')).toContain('gate FAILED against guided: 1 scenario(s) regressed (a)');
  });

  it('passes an improved run and reports the improvement', () => {
    const gate = gateRun(legacy, guided);
    expect(gate.passed).toBe(true);
    expect(gate.improvements.map((r) => r.id)).toEqual(['a']);
    expect(formatGate(gate, 'legacy')).toMatch(/IMPROVED {3}a: .*\n.*gate passed against legacy: no regressions, 1 improvement/);
  });

  it('does not fail a scenario that failed in both runs with the same severity', () => {
    expect(gateRun(legacy, legacy)).toMatchObject({ passed: true, regressions: [], improvements: [] });
  });

  it('fails a scenario that crashed (severity unknown) where the baseline judged it', () => {
    const crashed = run('crashed', [scenarioResult({ id: 'b', observed: { ...silent, category: 'unclassified' }, severity: 'unknown', verdict: 'fail' })]);
    const gate = gateRun(legacy, crashed);
    expect(gate.regressions.map((r) => r.id)).toEqual(['b']);
    expect(gate.removed).toEqual(['a']);
  });

  it('lists new scenarios without failing on them', () => {
    const gate = gateRun(run('empty', []), guided);
    expect(gate).toMatchObject({ passed: true, added: ['a', 'b'] });
  });
});
