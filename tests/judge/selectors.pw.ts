import { expect, test } from '@playwright/test';
import type { SignalSelectors } from '../../harness/judge/dom-snapshot.ts';
import { failedReads, form, shell, template, type GalleryCase } from './gallery.ts';
import { judgeGalleryCase } from './run-case.ts';

// Every key of the config's `selectors` (harness/config/schema.ts) changes a classification: the same page
// judged without the selector and with it. tests/config/selectors.pw.ts shows the config reaching the judge.
const wait = "QuickBooks payees are not listed right now. Please wait a minute.";
const pairs: { key: keyof SignalSelectors; selectors: SignalSelectors; page: Omit<GalleryCase, 'name' | 'expected' | 'selectors'>; without: string; with: string }[] = [
  {
    key: 'alert', selectors: { alert: '.flash' },
    page: { html: shell(form(`<div class="flash">${wait}</div>`, false)), journal: failedReads(1) },
    without: 'silent', with: 'contextual-error-alert',
  },
  {
    key: 'toast', selectors: { toast: '.snack' },
    page: { html: shell(`<h1>Reports</h1><div class="snack">${template}</div><p>Monthly totals</p>`, '', 'Reports'), journal: failedReads(1) },
    without: 'error-message-other', with: 'error-toast',
  },
  {
    key: 'invalidField', selectors: { invalidField: '.is-bad' },
    page: { html: shell(form('', false).replace('<select id="payee" >', '<select id="payee" class="is-bad">').replace('</select>', `</select><small>Pick again in a minute: the QuickBooks list is not loading.</small>`)), journal: failedReads(1) },
    without: 'silent', with: 'generic-error',
  },
  {
    key: 'busy', selectors: { busy: '.busy-dots' },
    page: { html: shell('<div class="busy-dots">. . .</div>' + form('', false)), journal: failedReads(1) },
    without: 'silent', with: 'stuck-loading',
  },
  {
    key: 'emptyState', selectors: { emptyState: '.blank-slate' },
    page: { html: shell(`<h1>Invoices</h1><div class="blank-slate">We couldn't show your QuickBooks invoices. Please try again later.</div>`, '', 'Invoices'), journal: failedReads(1) },
    without: 'error-message-other', with: 'full-page-empty-state',
  },
  {
    key: 'success', selectors: { success: '.note-ok' },
    page: { html: shell(form('', false) + '<div class="note-ok">Expense for Acme, 42.00 USD.</div>'), journal: failedReads(1) },
    without: 'silent', with: 'false-success',
  },
  {
    key: 'dialog', selectors: { dialog: '.overlay' },
    page: { html: shell(form('', false) + `<div class="overlay" style="position:fixed;inset:20%;background:#fff;border:1px solid">${template}</div>`), journal: failedReads(1) },
    without: 'error-message-other', with: 'full-page-modal',
  },
];

for (const pair of pairs) {
  test(`selectors.${pair.key} changes the classification: ${pair.without} -> ${pair.with}`, async ({ page }) => {
    const judged = async (selectors?: SignalSelectors) => {
      const { classification } = await judgeGalleryCase(page, { ...pair.page, name: pair.key, expected: { category: '' }, selectors });
      return classification.kind ?? classification.category;
    };
    expect(await judged(), 'without the selector').toBe(pair.without);
    expect(await judged(pair.selectors), 'with the selector').toBe(pair.with);
  });
}
