import type { ConsoleMessage, Dialog, Frame, Page } from '@playwright/test';
import type { JournalEntry } from '../runtime/types.ts';
import { takeDomSnapshot, type DomSnapshot, type SignalSelectors } from './dom-snapshot.ts';
import { installPageHooks, PENDING_TIMER_HORIZON_MS } from './page-hooks.ts';

/** A snapshot that differed from the one before it, timed from the start of observation. */
export interface TimelineEntry extends DomSnapshot {
  /** ms since the user's action. */
  t: number;
}

/** Something the page logged or did outside the DOM, timed from the user's action (ms). */
export interface PageEvent {
  t: number;
  text: string;
}

/** Everything the observer saw from the user's action until the UI settled (or the stuck threshold). */
export interface Observation {
  timeline: TimelineEntry[];
  final: TimelineEntry;
  consoleErrors: PageEvent[];
  /** Uncaught exceptions and unhandled promise rejections. */
  pageErrors: PageEvent[];
  /** Native `alert()` / `confirm()` / `prompt()` dialogs; `text` is their message, `type` their kind. */
  nativeDialogs: (PageEvent & { type: string })[];
  /** Main-frame navigations after the action; `text` is the URL. */
  navigations: PageEvent[];
  /** The mock providers' requests since the action, when the observer was given the journal. */
  journal: JournalEntry[] | null;
  /** ms from the action to the first user-visible message or empty state; null when none was shown. */
  timeToFeedbackMs: number | null;
  /** How observation ended. */
  ended: 'settled' | 'stuck-threshold';
  /** Why observation ended when it did: the quiet signals that held (or the threshold), for the evidence. */
  settledOn?: string;
  /** When the user's action started (ms since epoch): journal times minus this are on the timeline's clock. */
  startedAt: number;
  /** When the page last changed in any way as of the last look (ms epoch, the page hooks' clock); null without them. */
  changedAt: number | null;
  durationMs: number;
  /** DOM snapshots taken: one per poll, fewer while a busy page waits unchanged (the long look). */
  looks?: number;
}

/** Options for `observe`. */
export interface ObserveUntilSettledOptions {
  /** Give up waiting at this point; a busy UI then is stuck (ms). */
  stuckMs: number;
  /** Quiet period (ms): no DOM change, page request, provider call or page event for this long. */
  settleMs: number;
  /** Requests the mock providers are still handling. */
  providerInFlight?: () => number;
  /** The mock providers' journal, read at the end (entries after the action are kept). */
  journal?: () => JournalEntry[];
  selectors?: SignalSelectors;
  /** Time between DOM reads (ms). */
  pollMs?: number;
  /**
   * Called (not awaited by the loop) each time the UI turns calm with what it shows: nothing busy, no request or
   * provider call in flight, no timer or animation pending. The quiet period is still waited out; the caller can
   * use it to take the screenshot early (a screenshot taken then is the final one when nothing changed after it).
   */
  whenCalm?: () => Promise<void>;
}

const shown = (s: DomSnapshot) => s.messages.length > 0 || (s.departed?.length ?? 0) > 0 || s.invalidFields.length > 0 || s.empty.length > 0;
/** The time the provider calls of the journal last did something (arrival or last byte), ms epoch. */
const lastProviderActivity = (journal: readonly JournalEntry[]) => journal.reduce((latest, e) => Math.max(latest, e.at + e.durationMs), 0);
// The long look while busy: after this long unchanged (ms), the observer waits for a change of up to LONG_LOOK_MS.
const LONG_LOOK_AFTER_MS = 500;
const LONG_LOOK_MS = 1000;

// A new timeline entry when what is shown changes, or how: a toast whose words an announcer carried between two
// looks (Fluent's, emptied half a second later) is announced from then on, with the same text.
const digest = (s: DomSnapshot) =>
  JSON.stringify([s.url, s.messages.map((m) => [m.text, m.inViewport, m.painted, m.announced, m.floating, m.dismissible]), (s.departed ?? []).map((m) => m.text), s.invalidFields, s.busy.map((b) => b.what + b.selector + b.value), s.empty, s.disabledActions]);
/**
 * When a change first seen at a look (`now`) happened: the page's last change (a DOM mutation, a scroll, an animation
 * ending: the page hooks' clock) when it falls after the previous look, since the change seen is at or before it;
 * otherwise the look itself. The quiet period then ends as early as the page allows, not a poll later.
 */
export const changedBetween = (changedAt: number | null | undefined, previousLook: number, now: number) =>
  changedAt && changedAt > previousLook && changedAt <= now ? changedAt : now;
const blank = (url: string): TimelineEntry => ({ url, title: '', messages: [], invalidFields: [], busy: [], empty: [], disabledActions: [], t: 0 });

/**
 * Listens to a page (console, page errors, native dialogs, navigations, requests) from now on and hooks it
 * (the control acted on, pending short timers); call `observe` after the user's action to watch until the UI
 * is terminal: nothing busy, no page request and no provider call in flight, none of them (nor the DOM) changed
 * for the quiet period, and no short timer pending (given at most the timer horizon); at the latest until the
 * stuck threshold. Never DOM quiet alone, and no fixed extra wait: it polls the DOM (while busy and unchanged, in long looks).
 * @example const watcher = watchPage(page); await watcher.ready; await page.click('text=Create'); const o = await watcher.observe({ stuckMs: 8000, settleMs: 500 });
 */
export function watchPage(page: Page) {
  const start = Date.now();
  const consoleErrors: PageEvent[] = [];
  const pageErrors: PageEvent[] = [];
  const nativeDialogs: Observation['nativeDialogs'] = [];
  const navigations: PageEvent[] = [];
  let pageRequests = 0;
  let lastNetworkActivity = Date.now();
  let lastEvent = Date.now();
  const at = () => Date.now() - start;
  const ready = installPageHooks(page);
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') consoleErrors.push({ t: at(), text: msg.text() });
  };
  const onPageError = (error: Error) => pageErrors.push({ t: at(), text: String(error?.message ?? error) });
  const onDialog = (dialog: Dialog) => {
    nativeDialogs.push({ t: at(), text: dialog.message(), type: dialog.type() });
    lastEvent = Date.now();
    poke();
    // A flow may handle the dialog itself; then this one is already handled and the call throws.
    (dialog.type() === 'alert' || dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()).catch(() => {});
  };
  const onNavigated = (frame: Frame) => {
    if (frame === page.mainFrame()) navigations.push({ t: at(), text: frame.url() });
    poke();
  };
  // Wakes the observer's long look (below) when something outside the DOM happens: a request, a dialog, a navigation.
  let poke = () => {};
  const poked = () => new Promise<void>((resolve) => { poke = resolve; });
  const onRequest = () => { pageRequests += 1; lastNetworkActivity = Date.now(); poke(); };
  const done = () => { pageRequests = Math.max(0, pageRequests - 1); lastNetworkActivity = Date.now(); poke(); };
  const listeners = [['console', onConsole], ['pageerror', onPageError], ['dialog', onDialog], ['framenavigated', onNavigated], ['request', onRequest], ['requestfinished', done], ['requestfailed', done]] as const;
  for (const [event, listener] of listeners) page.on(event as 'console', listener as () => void);
  /** Stops listening to the page. */
  const stop = () => { for (const [event, listener] of listeners) page.off(event as 'console', listener as () => void); };

  /** Watches until settled or the stuck threshold; `since` is when the user's action started (ms epoch). */
  async function observe(options: ObserveUntilSettledOptions, since = start): Promise<Observation> {
    const pollMs = options.pollMs ?? 100;
    await ready;
    const timeline: TimelineEntry[] = [];
    let lastDigest = '';
    let lastChange = Date.now();
    let timeToFeedbackMs: number | null = null;
    let quietSince: number | null = null;
    let settledOn = '';
    let deadline = options.stuckMs;
    let lastLook = since;
    let changedAt: number | null = null;
    let calmDigest: string | null = null;
    let calmWork: Promise<void> | null = null;
    let calmCalls = 0;
    let looks = 0;
    for (;;) {
      const now = Date.now();
      const snapshot = await takeDomSnapshot(page, options.selectors).catch(() => null);
      looks += 1;
      if (snapshot) {
        const d = digest(snapshot);
        if (d !== lastDigest) {
          timeline.push({ ...snapshot, t: now - since });
          lastDigest = d;
          lastChange = changedBetween(snapshot.changedAt, lastLook, now);
        }
        lastLook = now;
        changedAt = snapshot.changedAt ?? null;
        // A message first seen now was shown by the page's last change (the page hooks' time); one gone before this
        // look, when it appeared.
        const departedAt = Math.min(...(snapshot.departed ?? []).filter((m) => m.departedAt >= since).map((m) => m.shownAt));
        if (timeToFeedbackMs === null && shown(snapshot)) timeToFeedbackMs = Math.max(0, Math.min(lastChange, departedAt) - since);
      }
      const dialogShown = nativeDialogs.some((d) => d.t >= since - start);
      if (timeToFeedbackMs === null && dialogShown) timeToFeedbackMs = nativeDialogs.find((d) => d.t >= since - start)!.t - (since - start);
      const last = timeline.at(-1);
      const providerBusy = options.providerInFlight?.() ?? 0;
      const providerQuietMs = options.journal ? now - Math.max(since, lastProviderActivity(options.journal())) : Infinity;
      const quiet = Math.min(now - lastChange, now - lastNetworkActivity, now - lastEvent, providerQuietMs);
      const idle = !!last && last.busy.length === 0 && pageRequests === 0 && providerBusy === 0 && quiet >= options.settleMs;
      quietSince = idle ? quietSince ?? now : null;
      // A page that scheduled a short timer or runs a finite animation is about to change something (a
      // result 1.6 s after a toast, a toast fading in); give it at most the timer horizon, so a page that keeps
      // re-arming timers still settles.
      const timers = (snapshot?.pendingTimers ?? 0) + (snapshot?.animating ?? 0);
      const calm = !!snapshot && !!last && last.busy.length === 0 && pageRequests === 0 && providerBusy === 0 && timers === 0;
      // At most a few times: a page that keeps changing while calm (a ticking clock) gets its screenshot at the end.
      if (calm && options.whenCalm && calmDigest !== lastDigest && !calmWork && calmCalls < 3) {
        calmDigest = lastDigest;
        calmCalls += 1;
        calmWork = options.whenCalm().catch(() => {}).finally(() => { calmWork = null; });
      }
      if (idle && (timers === 0 || now - quietSince! >= PENDING_TIMER_HORIZON_MS)) {
        // Settled, unless the calm-time work is still running: then look once more after it.
        if (calmWork) {
          await calmWork;
          continue;
        }
        settledOn = `no change, page request or provider call for ${Math.round(quiet)} ms${timers ? `, ${timers} timer(s) or animation(s) still pending after ${PENDING_TIMER_HORIZON_MS} ms` : ', no timer or animation pending'}`;
        return finish(timeline, 'settled');
      }
      // The threshold is held against the page's own clock: a timer it set to fire before now that has not run
      // yet means the page is starved (a loaded machine), not stuck. The deadline moves so that work runs and
      // the UI gets its quiet period after it, never past twice the threshold.
      const overdue = snapshot?.overdueTimers ?? 0;
      if (overdue > 0) deadline = Math.min(2 * options.stuckMs, Math.max(deadline, now - since + options.settleMs + 2 * pollMs));
      if (now - since >= deadline) {
        settledOn = `stuck threshold of ${options.stuckMs} ms (${[last?.busy.length ? 'busy indicator shown' : '', pageRequests ? `${pageRequests} page request(s) in flight` : '', providerBusy ? `${providerBusy} provider call(s) in flight` : '', timers ? `${timers} timer(s) or animation(s) pending` : '', overdue ? `${overdue} timer(s) still overdue at twice the threshold` : ''].filter(Boolean).join(', ') || 'still changing'})`;
        await calmWork;
        return finish(timeline, 'stuck-threshold');
      }
      // Everything else already quiet: look again when the quiet period ends rather than at the next whole poll.
      const waiting = !!last && last.busy.length === 0 && pageRequests === 0 && providerBusy === 0 && quiet < options.settleMs;
      await new Promise((resolve) => setTimeout(resolve, waiting ? Math.max(10, Math.min(pollMs, options.settleMs - quiet + 5)) : pollMs));
      // Busy and unchanged for a while (a spinner held by a hung call): nothing can settle until the page changes,
      // a request ends or the threshold comes, so wait for the first of them in one long look, not a snapshot per poll.
      const busy = !!last && (last.busy.length > 0 || pageRequests > 0 || providerBusy > 0);
      const left = deadline - (Date.now() - since);
      // Not while a timer is overdue: a starved page is about to change and its threshold is being held open for it.
      if (busy && !calmWork && overdue === 0 && changedAt !== null && Date.now() - Math.max(lastChange, changedAt) >= LONG_LOOK_AFTER_MS && left > pollMs) {
        const wake = poked();
        const longLook = page.evaluate(`window.__brownout && window.__brownout.waitForChange ? window.__brownout.waitForChange(${changedAt}, ${Math.min(LONG_LOOK_MS, left)}) : null`).catch(() => null);
        await Promise.race([longLook, wake, new Promise((resolve) => setTimeout(resolve, Math.min(LONG_LOOK_MS, left) + pollMs))]);
      }
    }
    function finish(entries: TimelineEntry[], ended: Observation['ended']): Observation {
      const offset = since - start;
      const after = <T extends PageEvent>(list: T[]) => list.filter((e) => e.t >= offset).map((e) => ({ ...e, t: e.t - offset }));
      return {
        timeline: entries, final: entries.at(-1) ?? blank(page.url()),
        consoleErrors: after(consoleErrors), pageErrors: after(pageErrors), nativeDialogs: after(nativeDialogs), navigations: after(navigations),
        journal: options.journal ? options.journal().filter((e) => e.at >= since) : null,
        timeToFeedbackMs, ended, settledOn, startedAt: since, changedAt, durationMs: Date.now() - since, looks,
      };
    }
  }
  return { observe, stop, startedAt: start, ready };
}
