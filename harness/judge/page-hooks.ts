import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { toneLexicon } from '../guidelines/tone-lexicon.ts';

const source = readFileSync(new URL('./page-hooks.browser.js', import.meta.url), 'utf8')
  .replace(/^\s*\/\/.*$/gm, '')
  .trim();

/** One-shot timers due within this many ms count as the page still about to change (ms). */
export const PENDING_TIMER_HORIZON_MS = 2_500;

/**
 * Installs the page hooks (the control the user acts on, pending short timers) for every document the page
 * loads from now on and in the current one. Never throws: a closed page simply has no hooks.
 */
export async function installPageHooks(page: Page, horizonMs = PENDING_TIMER_HORIZON_MS): Promise<void> {
  // Independent round trips: the init script is for documents to come, the evaluate for this one.
  await Promise.all([page.addInitScript(hooksScript(horizonMs)).catch(() => {}), rehookPage(page, horizonMs)]);
}

const hooksScript = (horizonMs: number) => `(${source})(${horizonMs}, ${JSON.stringify(toneLexicon.closeName)}, ${JSON.stringify(toneLexicon.dialogSelector)}, ${JSON.stringify(toneLexicon.iconFont)})`;

/**
 * Hooks the current document again (after `page.setContent`, whose document.open() erases listeners); the
 * hooks already there are kept. Never throws.
 */
export async function rehookPage(page: Page, horizonMs = PENDING_TIMER_HORIZON_MS): Promise<void> {
  await page.evaluate(hooksScript(horizonMs)).catch(() => {});
}
