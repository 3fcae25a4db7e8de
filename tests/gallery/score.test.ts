import { describe, expect, it } from 'vitest';
import type { Judgement } from '../../harness/judge/judge-scenario.ts';
import { behaviours } from './behaviours.ts';
import type { LibraryCase } from './cases/case.ts';
import { leaveOneLibraryOut, type HoldoutLog } from './holdout.ts';
import { scoreRun } from './score.ts';
import { barsMissed } from './summary.ts';

const caseOf = (id: keyof typeof behaviours, library = 'mui'): LibraryCase => ({ ...behaviours[id], id, page: id, library, name: `${library}: ${id}` });
const judged = (category: string, kind: string | null, verdict: 'pass' | 'fail', findings: { rule: string; level: 'error' | 'warning' }[] = []) =>
  ({
    classification: { category, kind, reason: 'r' }, verdict: { verdict, reasons: verdict === 'fail' ? ['x'] : [] },
    copyFindings: findings.map((f) => ({ ...f, text: 't' })),
  }) as unknown as Judgement;

describe('scoreRun', () => {
  it('counts a bad page judged a helpful kind with no error finding as a false pass', () => {
    const s = scoreRun({ case: caseOf('generic'), judgement: judged('helpful-error', 'contextual-error-alert', 'fail'), ms: 1 });
    expect(s).toMatchObject({ correct: false, falsePass: true, falseFail: false });
  });
  it('does not count a flawed helpful page as a false pass when the judge reports the flaw', () => {
    const s = scoreRun({ case: caseOf('offscreen-alert'), judgement: judged('helpful-error', 'contextual-error-alert', 'fail', [{ rule: 'visible', level: 'error' }]), ms: 1 });
    expect(s).toMatchObject({ correct: true, falsePass: false });
  });
  it('misses a flawed page whose expected finding is absent, and counts it a false pass', () => {
    const s = scoreRun({ case: caseOf('offscreen-alert'), judgement: judged('helpful-error', 'contextual-error-alert', 'pass'), ms: 1 });
    expect(s).toMatchObject({ correct: false, falsePass: true });
  });
  it('counts a good page whose verdict fails as a false fail, even with the right kind', () => {
    const s = scoreRun({ case: caseOf('error-toast'), judgement: judged('helpful-error', 'error-toast', 'fail', [{ rule: 'visible', level: 'error' }]), ms: 1 });
    expect(s).toMatchObject({ correct: true, falsePass: false, falseFail: true });
  });
});

describe('barsMissed', () => {
  it('names a library more than 3 pp below the mean', () => {
    const good = (library: string) => scoreRun({ case: caseOf('silent', library), judgement: judged('silent', null, 'pass'), ms: 1 });
    const wrong = scoreRun({ case: caseOf('silent', 'govuk'), judgement: judged('silent-retry', null, 'fail'), ms: 1 });
    const scores = [...Array.from({ length: 40 }, () => good('mui')), ...Array.from({ length: 36 }, () => good('govuk')), ...Array(4).fill(wrong)];
    expect(barsMissed(scores)).toContainEqual('govuk at 90.0 % is more than 3 pp below the mean 95.0 %');
    expect(barsMissed(scores.filter((s) => s.library === 'mui'))).toEqual([]);
    expect(barsMissed(scores, { perLibrary: false }), 'a sample leaves the per-library bar to the whole gallery').toEqual(['accuracy 95.0 % is below 97.0 %']);
  });
});

describe('leaveOneLibraryOut', () => {
  it('pools the recorded first sights only', () => {
    const sight = (correct: number, total: number) => ({ correct, total, accuracy: correct / total, falsePasses: 0, falseFails: 1, goodPages: 5, at: '', head: '', judgeDirty: false, judgeFingerprint: '', load: 1 });
    const log: HoldoutLog = { procedure: '', libraries: { a: { heldOut: true, note: '', firstSight: sight(9, 10) }, b: { heldOut: false, note: '', firstSight: sight(10, 10) }, c: { heldOut: true, note: '', firstSight: null } } };
    expect(leaveOneLibraryOut(log)).toMatchObject({ libraries: ['a', 'b'], correct: 19, total: 20, accuracy: 0.95, falseFails: 2 });
    expect(leaveOneLibraryOut(log, { heldOutOnly: true })).toMatchObject({ libraries: ['a'], correct: 9, total: 10 });
  });
});
