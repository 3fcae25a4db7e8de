import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { toneLexicon } from '../guidelines/tone-lexicon.ts';

/** Where an element is on the page, in CSS pixels from the document's top left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The anchor a message sits beside: an invalid field or the control the user acted on. */
export interface NearAnchor {
  /** Vertical gap between the message and the anchor (px); 0 when they overlap or are linked by ARIA. */
  gap: number;
  /** The message starts above the anchor. */
  above: boolean;
  what: string;
  selector: string;
}

/** A message the user can see (or hear, for live regions), as read from the DOM. */
export interface ShownMessage {
  /** How it was found: ARIA alert/status/live region, dialog, or plain text that reads like one. */
  source: 'alert' | 'status' | 'live' | 'dialog' | 'empty-state' | 'text';
  role: string | null;
  text: string;
  /** The message as the user reads it: a badge or short title with the sentence beside it in its card or row. */
  readText?: string;
  tone: 'error' | 'warning' | 'success' | 'info';
  /** What decided the tone: a design-system variant, an icon's name, the words, or the role. */
  toneFrom?: string;
  /** Inside a form (or `role=form`). */
  inForm: boolean;
  /** Selector of the nearest form/panel/section around it, null when at page level. */
  scope: string | null;
  /** Placed before the first field of its form/panel. */
  aboveFields: boolean;
  /** Beside an invalid field or the control the user acted on (geometry or aria-describedby), else null. */
  nearField?: NearAnchor | null;
  inViewport: boolean;
  /** A sighted user can see it (false for screen-reader-only text: 1 px, clipped). */
  painted: boolean;
  /** Position fixed or sticky (itself or an ancestor), or matched by the config's toast selector. */
  floating: boolean;
  /** Floating, with a close control in it or in its toast-sized box (a toast the user can dismiss). */
  dismissible?: boolean;
  /** Floating, inside a design system's toast component (a class part toast, toaster or snackbar). */
  toastComponent?: boolean;
  /** In the page's flow, announced, with its own close control, above the page's main heading and outside any form or panel (a flash notification). */
  pageNotice?: boolean;
  /** Floating, shown and then gone by itself before the observation ended, the page not navigating (transient). */
  transient?: boolean;
  /** Exposed to assistive technology (role or live region), not only painted. */
  announced: boolean;
  /** An empty state (marked, a design-system empty/result component, or a failure panel replacing content). */
  emptyState: boolean;
  /** `marked` (empty-state markup, a design-system empty/result component, the config's selector) or `panel` (a failure in place of content). */
  emptyFrom?: 'marked' | 'panel' | null;
  /** For empty states: `page` when it replaces the main content, `section` when the rest of the page works. */
  region: 'page' | 'section' | null;
  /** Inside a table row / list item (a workflow run in a history list). */
  inRow: boolean;
  /** A retry / try again / learn more control inside the message or its row. */
  nextStepControl: boolean;
  /** The page is a settings page (URL, title or heading say so). */
  settingsPage: boolean;
  selector: string;
  box?: Box;
}

/** What the page shows at one instant. */
export interface DomSnapshot {
  url: string;
  title: string;
  messages: ShownMessage[];
  /**
   * Painted live regions (a toast) that appeared and were gone again (removed, hidden, their words replaced)
   * before any snapshot saw them: reported once, as they were when they appeared; `shownAt`/`departedAt` are ms epoch.
   */
  departed?: (ShownMessage & { shownAt: number; departedAt: number })[];
  invalidFields: { name: string; message: string; selector: string; box?: Box }[];
  /** Busy indicators; `value` is a progressbar's `now/max` or its value text. */
  busy: { what: 'aria-busy' | 'progressbar' | 'spinner' | 'skeleton' | 'busy-button' | 'progress-text'; text: string; selector: string; value: string | null; box?: Box }[];
  empty: { text: string; selector: string; box?: Box }[];
  disabledActions: { text: string; selector: string }[];
  /** One-shot timers the page has scheduled within the observer's horizon and not yet run. */
  pendingTimers?: number;
  /**
   * Of those, the ones already past their due time, plus finite animations that have not moved since an earlier look:
   * a starved page (under load) that has not run its own work or painted its frames yet.
   */
  overdueTimers?: number;
  /** Finite CSS animations/transitions still running (a toast fading in). */
  animating?: number;
  /** Selector of the control the user last acted on, when the page hooks saw it. */
  actedOn?: string | null;
  /** When the document last changed in any way (ms epoch, the page hooks' mutation clock); null without the hooks. */
  changedAt?: number | null;
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
const lexicon = JSON.stringify(toneLexicon);

// The snapshot's source (62 KB) and lexicon go to a document once: kept on the page hooks' state, a later look
// sends only its selectors. A document without the hooks (or a new one after a navigation) gets the whole script.
const installed = (args: string) => `window.__brownout && window.__brownout.snapshot ? window.__brownout.snapshot(${args}) : null`;
const installing = (args: string) =>
  `(() => { const take = (${source}); const lexicon = ${lexicon}; const hooks = window.__brownout;` +
  ` if (hooks && !hooks.snapshot) Object.defineProperty(hooks, 'snapshot', { value: (selectors) => take(selectors, lexicon) });` +
  ` return take(${args}, lexicon); })()`;

/** Reads what the page shows right now. */
export async function takeDomSnapshot(page: Page, selectors: SignalSelectors = {}): Promise<DomSnapshot> {
  const args = JSON.stringify(selectors);
  const quick = (await page.evaluate(installed(args))) as DomSnapshot | null;
  return quick ?? ((await page.evaluate(installing(args))) as DomSnapshot);
}
