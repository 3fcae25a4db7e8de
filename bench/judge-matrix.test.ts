import { describe, expect, it } from 'vitest';
import { confusionMatrix, formatMatrix } from './judge-matrix.ts';

const kinds = new Set(['error-toast', 'contextual-error-alert']);

describe('confusionMatrix', () => {
  it('counts expected against observed and the accuracy', () => {
    const m = confusionMatrix([
      { name: 'a', expected: 'silent', observed: 'silent' },
      { name: 'b', expected: 'silent', observed: 'silent-retry' },
      { name: 'c', expected: 'error-toast', observed: 'error-toast' },
      { name: 'd', expected: 'generic-error', observed: 'generic-error' },
    ], kinds);
    expect(m.counts.silent).toEqual({ 'error-toast': 0, 'generic-error': 0, silent: 1, 'silent-retry': 1 });
    expect([m.correct, m.total, m.accuracy]).toEqual([3, 4, 0.75]);
    expect(m.falsePasses).toEqual([]);
  });

  it('counts a bad behaviour seen as a helpful kind as a false pass', () => {
    const m = confusionMatrix([{ name: 'x', expected: 'generic-error', observed: 'error-toast' }], kinds);
    expect(m.falsePasses.map((c) => c.name)).toEqual(['x']);
  });

  it('prints one numbered row per true label', () => {
    const text = formatMatrix(confusionMatrix([{ name: 'a', expected: 'silent', observed: 'silent' }, { name: 'b', expected: 'silent', observed: 'stuck-loading' }], kinds));
    expect(text.split('\n')).toEqual([
      'expected \\ observed   1  2',
      ' 1. silent            1  1',
      ' 2. stuck-loading     .  .',
    ]);
  });
});
