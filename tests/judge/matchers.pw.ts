import { test } from '@playwright/test';
import { expect } from '../../harness/playwright/matchers/index.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { JournalEntry } from '../../harness/runtime/types.ts';
import { failedReads, form, mutationSteps, shell, template } from './gallery.ts';

const names = ['QuickBooks'];
const context = { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' };
const QUERY = 'GET /v3/company/{realmId}/query';
const guided = shell(form(`<div role="alert" class="alert alert-error">${template}</div>`, true));

test.describe('toShowPrescribedResponse', () => {
  test('passes when the page shows the kind the decision tree prescribes', async ({ page }) => {
    await page.setContent(guided);
    await expect(page).toShowPrescribedResponse({ context, names, journal: failedReads(3)() });
  });

  test('retries until the alert appears', async ({ page }) => {
    await page.setContent(shell(form('', false), `setTimeout(() => document.forms[0].insertAdjacentHTML('afterbegin', ${JSON.stringify(`<div role="alert">${template}</div>`)}), 700);`));
    await expect(page).toShowPrescribedResponse({ context, names, timeout: 5_000 });
  });

  test('fails with the prescribed kind against what was shown', async ({ page }) => {
    await page.setContent(shell(form('<div role="alert">An error occurred. Please try refreshing the page.</div>', false)));
    await expect(expect(page).toShowPrescribedResponse({ context, names, timeout: 500 })).rejects.toThrow(
      /Expected: .*contextual-error-alert.* with no copy-rule error[\s\S]*Received: .*generic-error.* — shown: "An error occurred/,
    );
  });

  test('an incomplete context is an error listing the allowed answers', async ({ page }) => {
    await page.setContent(guided);
    await expect(expect(page).toShowPrescribedResponse({ context: { initiatedBy: 'user-action' }, names })).rejects.toThrow(/context\.where is undefined; allowed: .*form/);
  });
});

test.describe('toShowNoFalseSuccess', () => {
  const saved = shell(form('', false) + '<div role="status" class="toast">Expense saved.</div>');

  test('fails when success is shown for a change that did not take effect', async ({ page }) => {
    await page.setContent(saved);
    await expect(expect(page).toShowNoFalseSuccess({ names, journal: mutationSteps(false)(), timeout: 2_000 })).rejects.toThrow(/Received: .*false-success.* — shown: "Expense saved\."/);
  });

  test('passes when the change took effect', async ({ page }) => {
    await page.setContent(saved);
    await expect(page).toShowNoFalseSuccess({ names, journal: mutationSteps(true)(), timeout: 2_000 });
  });
});

test.describe('toSettleWithin', () => {
  test('passes for a page that reaches a terminal state', async ({ page }) => {
    await page.setContent(guided);
    await expect(page).toSettleWithin(2_000);
  });

  test('fails for a spinner that keeps turning, naming it', async ({ page }) => {
    await page.setContent(shell('<div class="spinner" aria-label="Loading payees"></div>'));
    // It gives up near its own bound instead of running into the test's timeout: the observer may hold the bound up to
    // twice its length for an overdue timer on a starved page, plus a snapshot's round trip; 2 s was too tight at load
    // (2.1 s in a CI run), so the check is the order of magnitude, not a timing.
    const started = Date.now();
    await expect(expect(page).toSettleWithin(800)).rejects.toThrow(/not settled after \d+ ms; still busy: spinner/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

test.describe('journal matchers', () => {
  test('toHaveRetried counts real calls to a failing mock provider', async () => {
    const mocks = await startMockRuntime({ providers: ['quickbooks'] });
    try {
      mocks.applyFaults([{ provider: 'quickbooks', endpoint: QUERY, kind: 'outage', probability: 1, when: {}, params: {} }]);
      const url = `${mocks.baseUrls.quickbooks}/v3/company/4620816365213733390/query?query=${encodeURIComponent('select * from Vendor')}`;
      for (let i = 0; i < 3; i += 1) expect((await fetch(url)).status).toBe(503);
      await expect(mocks).toHaveRetried({ endpoint: QUERY, atLeast: 3, atMost: 5 });
      await expect(expect(mocks).toHaveRetried({ endpoint: QUERY, atMost: 2, timeout: 200 })).rejects.toThrow(/Expected: .*"2 to 2 calls"|Expected: .*2 calls[\s\S]*Received: .*"3 calls, /);
    } finally {
      await mocks.close();
    }
  });

  const throttled = (gapMs: number): JournalEntry[] => failedReads(2, gapMs)().map((e) => ({ ...e, status: 429, fault: { kind: 'rate-limit', index: 0 } }));

  test('toHonourRetryAfter fails on a call before Retry-After passed', async () => {
    expect(throttled(2_100)).toHonourRetryAfter({ provider: 'quickbooks', retryAfterS: 2 });
    expect(() => expect(throttled(300)).toHonourRetryAfter({ provider: 'quickbooks', retryAfterS: 2 })).toThrow(/Received: .*300 ms after a 429/);
  });

  test('toHaveNoDuplicateMutations fails on the same create taking effect twice', async () => {
    const once = mutationSteps(true)();
    expect(once).toHaveNoDuplicateMutations();
    expect(() => expect([...once, ...mutationSteps(true)()]).toHaveNoDuplicateMutations()).toThrow(/Received: .*2x quickbooks POST/);
  });
});
