import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** A message the user can see (or hear, for live regions), as read from the DOM. */
export interface ShownMessage {
  /** How it was found: ARIA alert/status/live region, dialog, or plain text that reads like one. */
  source: 'alert' | 'status' | 'live' | 'dialog' | 'empty-state' | 'text';
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
  /** A sighted user can see it (false for screen-reader-only text: 1 px, clipped). */
  painted: boolean;
  /** Position fixed or sticky (itself or an ancestor): a toast or a banner pinned over the page. */
  floating: boolean;
  /** Exposed to assistive technology (role or live region), not only painted. */
  announced: boolean;
  /** Part of an empty state (`[data-empty-state]`, `.empty-state`) that replaces content. */
  emptyState: boolean;
  /** For empty states: `page` when it replaces the main content, `section` when the rest of the page works. */
  region: 'page' | 'section' | null;
  /** Inside a table row / list item (a workflow run in a history list). */
  inRow: boolean;
  /** A retry / try again / learn more control inside the message or its row. */
  nextStepControl: boolean;
  /** The page is a settings page (URL, title or heading say so). */
  settingsPage: boolean;
  selector: string;
}

/** What the page shows at one instant. */
export interface DomSnapshot {
  url: string;
  title: string;
  messages: ShownMessage[];
  invalidFields: { name: string; message: string; selector: string }[];
  /** Busy indicators; `value` is a progressbar's `now/max` or its value text. */
  busy: { what: 'aria-busy' | 'progressbar' | 'spinner' | 'busy-button'; text: string; selector: string; value: string | null }[];
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
  /** Success messages without `role=status`. */
  success?: string;
  /** Blocking dialogs without `role=dialog`. */
  dialog?: string;
}

const source = readFileSync(new URL('./dom-snapshot.browser.js', import.meta.url), 'utf8')
  .replace(/^\s*\/\/.*$/gm, '')
  .trim();

/** Reads what the page shows right now. */
export async function takeDomSnapshot(page: Page, selectors: SignalSelectors = {}): Promise<DomSnapshot> {
  return page.evaluate(`(${source})(${JSON.stringify(selectors)})`) as Promise<DomSnapshot>;
}
