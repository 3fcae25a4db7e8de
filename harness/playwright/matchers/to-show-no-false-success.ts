import type { ExpectMatcherState, MatcherReturnType, Page } from '@playwright/test';
import { classifyResponse } from '../../judge/classify.ts';
import { watchPage } from '../../judge/observe.ts';
import { lintCopy } from '../../guidelines/lint-copy.ts';
import { describeClassification, readJournal, type JudgePageOptions } from './judge-page.ts';

/** Options of `toShowNoFalseSuccess`: the journal is required, it holds whether the change took effect. */
export interface NoFalseSuccessOptions extends JudgePageOptions {
  journal: NonNullable<JudgePageOptions['journal']>;
  /** Watch at most this long for the UI to settle (ms); default the expect timeout. */
  timeout?: number;
  /** Quiet period that counts as settled (ms); default 300. */
  settleMs?: number;
}

const FALSE_SUCCESS = new Set(['false-success', 'success-but-partly-failed']);

/**
 * `await expect(page).toShowNoFalseSuccess({ journal: mocks, names: ['QuickBooks'] })`: watches the page
 * until it settles (a success toast may come late), then fails when it showed success while a mutation of
 * the flow did not take effect at the 3rd party (`false-success`, `success-but-partly-failed`).
 */
export async function toShowNoFalseSuccess(this: ExpectMatcherState, page: Page, options: NoFalseSuccessOptions): Promise<MatcherReturnType> {
  const watcher = watchPage(page);
  const observation = await watcher.observe({ stuckMs: options.timeout ?? this.timeout, settleMs: options.settleMs ?? 300, selectors: options.selectors }).finally(watcher.stop);
  const c = classifyResponse({
    observation,
    journal: readJournal(options.journal),
    lint: (text, role) => lintCopy(text, { names: options.names, temporary: options.temporary ?? true, role }),
  });
  const falseSuccess = FALSE_SUCCESS.has(c.category);
  return {
    pass: !falseSuccess,
    name: 'toShowNoFalseSuccess',
    expected: this.isNot ? 'a false success' : 'no false success',
    actual: c.category,
    message: () => [
      `expect(page)${this.isNot ? '.not' : ''}.toShowNoFalseSuccess()`,
      '',
      `Expected: ${this.utils.printExpected(this.isNot ? 'false-success or success-but-partly-failed' : 'no success message for a change that did not take effect')}`,
      `Received: ${this.utils.printReceived(describeClassification(c).label)}${describeClassification(c).detail}`,
    ].join('\n'),
  };
}
