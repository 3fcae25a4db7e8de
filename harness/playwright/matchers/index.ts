/**
 * brownout's judgement for hand-written Playwright specs: `expect` with the custom matchers, and the drill
 * fixtures (`test` with `mocks`, `product`, `drill`).
 * @example
 * import { test, expect } from 'brownout/matchers';
 * test('payee outage', async ({ page, mocks }) => {
 *   await expect(page).toShowPrescribedResponse({ context: { initiatedBy: 'user-action', where: 'form', ... }, names: ['QuickBooks'] });
 *   await expect(mocks).toHaveRetried({ endpoint: 'GET /v3/company/{realmId}/query', atMost: 5 });
 * });
 */
import { expect as baseExpect } from '@playwright/test';
import { toHaveNoDuplicateMutations } from './to-have-no-duplicate-mutations.ts';
import { toHaveRetried } from './to-have-retried.ts';
import { toHonourRetryAfter } from './to-honour-retry-after.ts';
import { toSettleWithin } from './to-settle-within.ts';
import { toShowNoFalseSuccess } from './to-show-no-false-success.ts';
import { toShowPrescribedResponse } from './to-show-prescribed-response.ts';

/** Playwright's `expect` extended with brownout's page and journal matchers. */
export const expect = baseExpect.extend({
  toShowPrescribedResponse,
  toShowNoFalseSuccess,
  toSettleWithin,
  toHaveRetried,
  toHonourRetryAfter,
  toHaveNoDuplicateMutations,
});

export { test } from '../fixtures.ts';
export type { JournalSource, JudgePageOptions } from './judge-page.ts';
export type { PrescribedResponseOptions } from './to-show-prescribed-response.ts';
export type { NoFalseSuccessOptions } from './to-show-no-false-success.ts';
export type { RetriedOptions } from './to-have-retried.ts';
export { loadScenario } from '../../config/load-scenario.ts';
export type { FaultInput } from '../../runtime/types.ts';
