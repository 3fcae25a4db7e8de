import { stripVTControlCharacters } from 'node:util';
import type { Page } from '@playwright/test';
import type { JournalEntry } from '../runtime/types.ts';

/** A flow step the fault kept the user from getting past: what it waited for, and when it gave up (ms epoch). */
export interface BlockedStep {
  /** Playwright's first line plus the call log's wait, e.g. `waiting for getByLabel('Account') ... to be visible`. */
  waitingFor: string;
  at: number;
}

/** The first line of a Playwright error and the last "waiting for ..." line of its call log. */
function describeWait(error: Error): string {
  const lines = stripVTControlCharacters(error.message).split('\n').map((l) => l.trim()).filter(Boolean);
  const wait = lines.filter((l) => l.startsWith('- waiting for')).at(-1)?.slice(2);
  return wait ?? lines[0] ?? error.name;
}

/**
 * Runs a flow with each step but navigations bounded by the stuck threshold (explicit `{ timeout }` options
 * still win). A step that times out after a faulted provider call is the journey the fault blocked: the user is
 * stuck on that screen, so the drill judges it (returns the blocked step) instead of waiting out the test
 * timeout. Any other error, or a timeout before any fault hit, is the flow's own failure and is rethrown.
 */
export async function runFlowSteps(page: Page, stuckMs: number, journal: () => JournalEntry[], run: () => Promise<void>): Promise<BlockedStep | null> {
  page.setDefaultTimeout(stuckMs);
  // Navigations keep their own bound (the test's timeout): a product's first page load may compile or cold-start.
  page.setDefaultNavigationTimeout(0);
  try {
    await run();
    return null;
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'TimeoutError') throw error;
    if (!journal().some((e) => e.fault)) {
      error.message = `${error.message}\nbrownout: the flow stopped at this step before any faulted provider call, so the drill's fault did not block it: check the flow against the product (a step that may wait longer than the stuck threshold of ${stuckMs} ms takes an explicit { timeout }).`;
      throw error;
    }
    return { waitingFor: describeWait(error), at: Date.now() };
  }
}
