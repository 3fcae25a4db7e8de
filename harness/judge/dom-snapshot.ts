import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** A message the user can see (or hear, for live regions), as read from the DOM. */
export interface ShownMessage {
  /** How it was found: ARIA alert/status/live region, dialog, or plain text that reads like one. */
  source: 'alert' | 'status' | 'live' | 'dialog' | 'text';
  role: string | null;
  text: string;
  tone: 'error' | 'warning' | 'success' | 'info';
  /** Inside a form (or `role=form`). */
  inForm: boolean;
  /** Selector of the nearest form/panel/section around it, null when at page level. */
  scope: string | null;
  /** Placed before the first field of its form/panel. */
  aboveFields: boolean;
  inViewport: boolean;
  /** Position fixed or sticky (itself or an ancestor): a toast or a banner pinned over the page. */
  floating: boolean;
  /** Exposed to assistive technology (role or live region), not only painted. */
  announced: boolean;
  selector: string;
}

/** What the page shows at one instant. */
export interface DomSnapshot {
  url: string;
  title: string;
  messages: ShownMessage[];
  invalidFields: { name: string; message: string; selector: string }[];
  busy: { what: 'aria-busy' | 'progressbar' | 'spinner' | 'busy-button'; text: string; selector: string }[];
  empty: { text: string; selector: string }[];
  disabledActions: { text: string; selector: string }[];
}

/** CSS selectors for signals a product's markup does not expose through ARIA. */
export interface SignalSelectors {
  alert?: string;
  toast?: string;
  invalidField?: string;
  busy?: string;
  emptyState?: string;
}

const source = readFileSync(new URL('./dom-snapshot.browser.js', import.meta.url), 'utf8')
  .replace(/^\s*\/\/.*$/gm, '')
  .trim();

/** Reads what the page shows right now. */
export async function takeDomSnapshot(page: Page, selectors: SignalSelectors = {}): Promise<DomSnapshot> {
  return page.evaluate(`(${source})(${JSON.stringify(selectors)})`) as Promise<DomSnapshot>;
}
