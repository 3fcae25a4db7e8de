import type { ExpectMatcherState, MatcherReturnType } from '@playwright/test';
import { readJournal, type JournalSource } from './judge-page.ts';

/**
 * `expect(mocks).toHaveNoDuplicateMutations()`: no two mutations with the same endpoint and body took effect
 * at the 3rd party (a retried create without an idempotency key makes two records).
 */
export function toHaveNoDuplicateMutations(this: ExpectMatcherState, source: JournalSource): MatcherReturnType {
  const counts = new Map<string, number>();
  for (const e of readJournal(source)) {
    if (!e.mutation || !e.tookEffect || !e.bodyDigest) continue;
    const key = `${e.provider} ${e.endpoint ?? `${e.method} ${e.path}`} (body ${e.bodyDigest})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const duplicates = [...counts].filter(([, n]) => n > 1).map(([key, n]) => `${n}x ${key}`);
  return {
    pass: duplicates.length === 0,
    name: 'toHaveNoDuplicateMutations',
    expected: 'each mutation took effect at most once',
    actual: duplicates,
    message: () => [
      `expect(journal)${this.isNot ? '.not' : ''}.toHaveNoDuplicateMutations()`,
      '',
      `Expected: ${this.utils.printExpected(this.isNot ? 'a duplicated mutation' : 'each mutation to take effect at most once')}`,
      `Received: ${this.utils.printReceived(duplicates.length ? duplicates.join('; ') : 'no duplicate')}`,
    ].join('\n'),
  };
}
