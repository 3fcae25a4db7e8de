import type { ExpectMatcherState, MatcherReturnType, Page } from '@playwright/test';
import type { SignalSelectors } from '../../judge/dom-snapshot.ts';
import { watchPage } from '../../judge/observe.ts';

/**
 * `await expect(page).toSettleWithin(8000)`: the page reaches a terminal state (nothing busy, no request in
 * flight, quiet for `settleMs`) within `ms`; a spinner still turning then fails with what is still busy.
 */
export async function toSettleWithin(this: ExpectMatcherState, page: Page, ms: number, options: { settleMs?: number; selectors?: SignalSelectors } = {}): Promise<MatcherReturnType> {
  if (!Number.isFinite(ms) || ms <= 0) throw new Error(`brownout: toSettleWithin(ms) needs a positive number of milliseconds, got ${ms}; e.g. toSettleWithin(8000)`);
  const watcher = watchPage(page);
  const o = await watcher.observe({ stuckMs: ms, settleMs: options.settleMs ?? 300, selectors: options.selectors }).finally(watcher.stop);
  const busy = o.final.busy.map((b) => `${b.what} ${b.selector}${b.value ? ` at ${b.value}` : ''}`);
  const received = o.ended === 'settled' ? `settled after ${o.durationMs} ms` : `not settled after ${o.durationMs} ms${busy.length ? `; still busy: ${busy.join(', ')}` : '; the page kept changing or requests were in flight'}`;
  return {
    pass: o.ended === 'settled',
    name: 'toSettleWithin',
    expected: ms,
    actual: o.durationMs,
    message: () => [
      `expect(page)${this.isNot ? '.not' : ''}.toSettleWithin(${ms})`,
      '',
      `Expected: ${this.isNot ? 'not ' : ''}${this.utils.printExpected(`settled within ${ms} ms`)}`,
      `Received: ${this.utils.printReceived(received)}`,
    ].join('\n'),
  };
}
