import type { ExpectMatcherState, MatcherReturnType } from '@playwright/test';
import { readJournal, type JournalSource } from './judge-page.ts';

/** Clock slack between the mock's timestamps and the Retry-After (ms). */
const SLACK_MS = 50;

/**
 * `expect(mocks).toHonourRetryAfter({ provider: 'quickbooks', retryAfterS: 2 })`: after every throttled
 * answer (a faulted 429 or 503) the product made no call to that provider before Retry-After had passed.
 */
export function toHonourRetryAfter(this: ExpectMatcherState, source: JournalSource, options: { provider: string; retryAfterS: number }): MatcherReturnType {
  const calls = readJournal(source).filter((e) => e.provider === options.provider);
  let early: string | null = null;
  for (const throttled of calls.filter((c) => c.fault && (c.status === 429 || c.status === 503))) {
    const next = calls.find((c) => c.seq > throttled.seq);
    if (next && next.at - throttled.at < options.retryAfterS * 1000 - SLACK_MS) {
      early = `${next.method} ${next.path} ${next.at - throttled.at} ms after a ${throttled.status}`;
      break;
    }
  }
  return {
    pass: early === null,
    name: 'toHonourRetryAfter',
    expected: `no call within ${options.retryAfterS} s of a throttled answer`,
    actual: early,
    message: () => [
      `expect(journal)${this.isNot ? '.not' : ''}.toHonourRetryAfter({ retryAfterS: ${options.retryAfterS} })`,
      '',
      `Expected: ${this.utils.printExpected(`${this.isNot ? 'a call' : 'no call'} to ${options.provider} within ${options.retryAfterS * 1000} ms of a throttled answer`)}`,
      `Received: ${this.utils.printReceived(early ?? `${calls.length} calls, none early`)}`,
    ].join('\n'),
  };
}
