import type { Page } from '@playwright/test';
import { takeDomSnapshot, type DomSnapshot, type SignalSelectors } from './dom-snapshot.ts';

/** A snapshot that differed from the one before it, timed from the start of observation. */
export interface TimelineEntry extends DomSnapshot {
  /** ms since the observation started. */
  t: number;
}

/** Everything the observer saw from the user's action until the UI settled (or the stuck threshold). */
export interface Observation {
  timeline: TimelineEntry[];
  final: TimelineEntry;
  consoleErrors: { t: number; text: string }[];
  pageErrors: { t: number; text: string }[];
  /** ms from the start to the first user-visible message or empty state; null when none was shown. */
  timeToFeedbackMs: number | null;
  /** How observation ended. */
  ended: 'settled' | 'stuck-threshold';
  durationMs: number;
}

/** Options for `observeUntilSettled`. */
export interface ObserveUntilSettledOptions {
  /** Give up waiting at this point; a busy UI then is stuck (ms). */
  stuckMs: number;
  /** Quiet period after the last change with a message shown (ms); four times this when nothing is shown. */
  settleMs: number;
  /** Requests the mock providers are still handling. */
  providerInFlight?: () => number;
  selectors?: SignalSelectors;
  /** Time between DOM reads (ms). */
  pollMs?: number;
}

const shown = (s: DomSnapshot) => s.messages.length > 0 || s.invalidFields.length > 0 || s.empty.length > 0;
const digest = (s: DomSnapshot) =>
  JSON.stringify([s.url, s.messages.map((m) => m.text), s.invalidFields, s.busy.map((b) => b.what + b.selector), s.empty, s.disabledActions]);

/**
 * Listens to a page (console, page errors, requests) from now on; call `observe` after the user's action to
 * watch until the UI is terminal: something shown, nothing busy, no request in flight for a quiet period.
 */
export function watchPage(page: Page) {
  const start = Date.now();
  const consoleErrors: Observation['consoleErrors'] = [];
  const pageErrors: Observation['pageErrors'] = [];
  let pageRequests = 0;
  let lastNetworkActivity = Date.now();
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push({ t: Date.now() - start, text: msg.text() });
  });
  page.on('pageerror', (error) => pageErrors.push({ t: Date.now() - start, text: String(error.message ?? error) }));
  page.on('request', () => { pageRequests += 1; lastNetworkActivity = Date.now(); });
  const done = () => { pageRequests = Math.max(0, pageRequests - 1); lastNetworkActivity = Date.now(); };
  page.on('requestfinished', done);
  page.on('requestfailed', done);

  /** Watches until settled or the stuck threshold; `since` is when the user's action started (ms epoch). */
  async function observe(options: ObserveUntilSettledOptions, since = start): Promise<Observation> {
    const pollMs = options.pollMs ?? 100;
    const timeline: TimelineEntry[] = [];
    let lastDigest = '';
    let lastChange = Date.now();
    let timeToFeedbackMs: number | null = null;
    for (;;) {
      const now = Date.now();
      const snapshot = await takeDomSnapshot(page, options.selectors).catch(() => null);
      if (snapshot) {
        const d = digest(snapshot);
        if (d !== lastDigest) {
          timeline.push({ ...snapshot, t: now - since });
          lastDigest = d;
          lastChange = now;
        }
        if (timeToFeedbackMs === null && shown(snapshot)) timeToFeedbackMs = now - since;
      }
      const last = timeline.at(-1);
      const inFlight = pageRequests + (options.providerInFlight?.() ?? 0);
      const quiet = Math.min(now - lastChange, now - lastNetworkActivity);
      const needed = last && shown(last) ? options.settleMs : options.settleMs * 4;
      if (last && last.busy.length === 0 && inFlight === 0 && quiet >= needed) {
        return finish(timeline, 'settled');
      }
      if (now - since >= options.stuckMs) return finish(timeline, 'stuck-threshold');
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
    function finish(entries: TimelineEntry[], ended: Observation['ended']): Observation {
      const final = entries.at(-1) ?? { url: page.url(), title: '', messages: [], invalidFields: [], busy: [], empty: [], disabledActions: [], t: 0 };
      return { timeline: entries, final, consoleErrors: consoleErrors.filter((e) => e.t >= since - start), pageErrors: pageErrors.filter((e) => e.t >= since - start), timeToFeedbackMs, ended, durationMs: Date.now() - since };
    }
  }
  return { observe, startedAt: start };
}
