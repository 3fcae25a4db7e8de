import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioResult, solidPng, writeFixtureRun } from './journal-fixtures.ts';
import { mergeRuns, readRunOrJournal } from './merge-runs.ts';
import { severityOf } from './severity.ts';

describe('readRunOrJournal', () => {
  it('salvages a killed run from journal.jsonl when results.json was never written', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'brownout-killed-')), '2026-11-29T05-00-00-legacy');
    mkdirSync(dir);
    const lines = ['a', 'b'].map((id) => { const s = scenarioResult({ id }); return JSON.stringify({ ...s, severity: severityOf(s) }); });
    writeFileSync(join(dir, 'journal.jsonl'), `${lines.join('\n')}\n`);
    const { journal } = readRunOrJournal(dir);
    expect(journal.scenarios.map((s) => s.id)).toEqual(['a', 'b']);
    expect(journal.run.label).toBe('legacy');
    expect(journal.metrics.noIndication).toBe(1);
  });

  it('names the damaged line of a journal.jsonl (a torn last line is kept out with a warning instead)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brownout-damaged-'));
    writeFileSync(join(dir, 'journal.jsonl'), `${JSON.stringify(scenarioResult({ id: 'a' }))}\n{"id": "b", "trunc\n${JSON.stringify(scenarioResult({ id: 'c' }))}\n`);
    expect(() => readRunOrJournal(dir)).toThrow(/journal\.jsonl:2: not a JSON line/);
  });
});

describe('mergeRuns', () => {
  it('joins shards, recomputes the metrics and copies the screenshots', () => {
    const root = mkdtempSync(join(tmpdir(), 'brownout-shards-'));
    const one = writeFixtureRun({ label: 'guided', scenarios: [scenarioResult({ id: 'a', evidence: { screenshot: 'a.png' } })], screenshots: { 'a.png': solidPng(2, 2, [9, 9, 9]) } }, join(root, '1'));
    const two = writeFixtureRun({ label: 'guided', scenarios: [scenarioResult({ id: 'b', verdict: 'pass', observed: { category: 'helpful-error', kind: 'contextual-error-alert', messages: ['x'], timeToFeedbackMs: 1 } })] }, join(root, '2'));
    const journal = mergeRuns([two, one], { out: join(root, 'merged') });
    expect(journal.scenarios.map((s) => s.id)).toEqual(['a', 'b']);
    expect(journal.metrics).toMatchObject({ noIndication: 0.5, prescribedCoverage: 0.5 });
    expect(readFileSync(join(root, 'merged', 'a.png')).length).toBeGreaterThan(0);
  });

  it('refuses runs of different labels unless a label is given', () => {
    const root = mkdtempSync(join(tmpdir(), 'brownout-labels-'));
    const legacy = writeFixtureRun({ label: 'legacy', scenarios: [scenarioResult({ id: 'a' })] }, root);
    const guided = writeFixtureRun({ label: 'guided', scenarios: [scenarioResult({ id: 'b' })] }, root);
    expect(() => mergeRuns([legacy, guided], { out: join(root, 'm') })).toThrow(/different labels \(legacy, guided\).*pass --label/);
    expect(mergeRuns([legacy, guided], { out: join(root, 'm'), label: 'both' }).run.label).toBe('both');
  });
});
