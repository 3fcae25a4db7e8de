/** Hand-built observations and journals for the judge's unit tests (no browser). */
import type { JournalEntry } from '../runtime/types.ts';
import type { ShownMessage } from './dom-snapshot.ts';
import type { Observation, TimelineEntry } from './observe.ts';

/** A shown message with defaults: an announced error alert at the top of a form, in view. */
export const message = (text: string, over: Partial<ShownMessage> = {}): ShownMessage => ({
  source: 'alert', role: 'alert', text, tone: 'error', inForm: true, scope: 'form', aboveFields: true, inViewport: true, painted: true,
  floating: false, announced: true, emptyState: false, region: null, inRow: false, nextStepControl: false, settingsPage: false, selector: '#alert', ...over,
});

/** A snapshot at `t` ms with the given parts. */
export const snapshot = (t: number, over: Partial<TimelineEntry> = {}): TimelineEntry =>
  ({ url: 'http://127.0.0.1/expenses/new', title: 'New expense', messages: [], invalidFields: [], busy: [], empty: [], disabledActions: [], t, ...over });

/** An observation whose timeline is `snapshots` (the last is final). */
export const observation = (snapshots: TimelineEntry[], over: Partial<Observation> = {}): Observation => ({
  timeline: snapshots, final: snapshots.at(-1) ?? snapshot(0), consoleErrors: [], pageErrors: [], nativeDialogs: [], navigations: [], journal: null,
  timeToFeedbackMs: snapshots.find((s) => s.messages.length)?.t ?? null, ended: 'settled', startedAt: 1_000_000, changedAt: null, durationMs: 1_500, ...over,
});

let seq = 0;
/** A journal entry: a healthy read of the QuickBooks query endpoint unless overridden. */
export const call = (over: Partial<JournalEntry> = {}): JournalEntry => ({
  seq: ++seq, at: 1_000_000, provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', method: 'GET', path: '/v3/company/1/query',
  query: { query: 'select * from Vendor' }, bodyDigest: null, fault: null, status: 200, durationMs: 3, mutation: false, tookEffect: null, ...over,
});

/** A read that hit an outage, at `at` ms epoch. */
export const failedRead = (at = 1_000_000) => call({ at, fault: { kind: 'outage', index: 0 }, status: 503 });

/** A mutation attempt: `ok` took effect; failed ones carry the outage fault. */
export const mutation = (endpoint: string, ok: boolean, over: Partial<JournalEntry> = {}) => call({
  endpoint, method: 'POST', path: endpoint.split(' ')[1]!, query: {}, bodyDigest: `${endpoint}-body`, mutation: true, tookEffect: ok,
  status: ok ? 200 : 503, fault: ok ? null : { kind: 'outage', index: 0 }, ...over,
});
