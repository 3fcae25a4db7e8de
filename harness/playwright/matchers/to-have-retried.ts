import { expect as baseExpect, type ExpectMatcherState, type MatcherReturnType } from '@playwright/test';
import type { JournalEntry } from '../../runtime/types.ts';
import { readJournal, type JournalSource } from './judge-page.ts';

/** Which calls count and how many are expected. */
export interface RetriedOptions {
  /** Catalogue endpoint id, e.g. `GET /v3/company/{realmId}/query`. */
  endpoint: string;
  /** Provider slug, when two providers share an endpoint id. */
  provider?: string;
  /** Exactly this many calls (requests). */
  times?: number;
  /** At least this many calls (requests); default 2 (one retry) when `times` is not given. */
  atLeast?: number;
  /** At most this many calls (requests): a bound on the retry storm. */
  atMost?: number;
  /** How long a live journal (function or mock runtime) is polled (ms); default the expect timeout. */
  timeout?: number;
}

const callsOf = (journal: JournalEntry[], o: RetriedOptions) => journal.filter((e) => e.endpoint === o.endpoint && (!o.provider || e.provider === o.provider));

/**
 * `expect(mocks).toHaveRetried({ endpoint: 'GET /v3/company/{realmId}/query', atLeast: 3, atMost: 5 })`:
 * the product called the endpoint within the bounds; a live journal is polled until it is, or the timeout.
 */
export async function toHaveRetried(this: ExpectMatcherState, source: JournalSource, options: RetriedOptions): Promise<MatcherReturnType> {
  const min = options.times ?? options.atLeast ?? 2;
  const max = options.times ?? options.atMost ?? Infinity;
  const within = (n: number) => n >= min && n <= max;
  let calls: JournalEntry[] = [];
  let pass = !this.isNot;
  const live = !Array.isArray(source);
  try {
    const poll = baseExpect.poll(() => within((calls = callsOf(readJournal(source), options)).length), { timeout: live ? options.timeout ?? this.timeout : 1 });
    await (this.isNot ? poll.toBe(false) : poll.toBe(true));
  } catch {
    pass = this.isNot;
  }
  const bounds = options.times !== undefined ? `exactly ${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
  const gaps = calls.slice(1).map((c, i) => c.at - calls[i]!.at);
  return {
    pass,
    name: 'toHaveRetried',
    expected: bounds,
    actual: calls.length,
    message: () => [
      `expect(journal)${this.isNot ? '.not' : ''}.toHaveRetried({ endpoint: ${JSON.stringify(options.endpoint)} })`,
      '',
      `Expected: ${this.isNot ? 'not ' : ''}${this.utils.printExpected(`${bounds} calls`)}`,
      `Received: ${this.utils.printReceived(`${calls.length} calls${gaps.length ? `, ${gaps.join(', ')} ms apart` : ''}`)}`,
    ].join('\n'),
  };
}
