import type { Page } from '@playwright/test';
import type { SignalSelectors } from '../../harness/judge/dom-snapshot.ts';
import type { JournalEntry } from '../../harness/runtime/types.ts';

/** A page with one known behaviour and the label a person gave it. */
export interface GalleryCase {
  name: string;
  html: string;
  /** The mock journal the product's calls would have left (the classifier reads it with the DOM). */
  journal: () => JournalEntry[];
  expected: { category: string; kind?: string | null };
  /** Placement or copy findings the judgement must report, by rule id. */
  findings?: string[];
  /** Findings the judgement must not report, by rule id (a field's own short message linted as the page's message). */
  absent?: string[];
  /** Display names the copy linter checks for; default QuickBooks. */
  names?: string[];
  /** Decision-tree answers where they matter (in-third-party-app). */
  context?: Record<string, unknown>;
  /** Selectors for a product without ARIA. */
  selectors?: SignalSelectors;
  /** What the user does once the page is shown (the observation starts before it). */
  act?: (page: Page) => Promise<void>;
}

const QUERY = 'GET /v3/company/{realmId}/query';
let seq = 0;
const entry = (over: Partial<JournalEntry>): JournalEntry => ({
  seq: ++seq, at: Date.now(), provider: 'quickbooks', endpoint: QUERY, method: 'GET', path: '/v3/company/1/query',
  query: { query: 'select * from Vendor' }, bodyDigest: null, fault: null, status: 200, durationMs: 3, mutation: false, tookEffect: null, ...over,
});

/** Journal of `calls` failed reads of the faulted endpoint, `gapMs` apart (ms). */
export const failedReads = (calls: number, gapMs = 300) => (): JournalEntry[] => {
  const start = Date.now();
  return Array.from({ length: calls }, (_, i) => entry({ at: start + i * gapMs, fault: { kind: 'outage', index: 0 }, status: 503 }));
};

/** Journal of a flow's mutation steps, each taking effect or failing under an outage (one attempt each). */
export const mutationSteps = (...tookEffect: boolean[]) => (): JournalEntry[] =>
  tookEffect.map((ok, i) => entry({
    endpoint: i === 0 ? 'POST /v3/company/{realmId}/invoice' : 'POST /v3/company/{realmId}/invoice/{id}/send',
    method: 'POST', path: i === 0 ? '/v3/company/1/invoice' : '/v3/company/1/invoice/7/send', query: {}, bodyDigest: `digest${i}`,
    mutation: true, tookEffect: ok, status: ok ? 200 : 503, fault: ok ? null : { kind: 'outage', index: 0 },
  }));

/** Journal of a read that failed `failures` times and then went through (a retry absorbed the fault). */
export const retriedRead = (failures = 1, gapMs = 300) => (): JournalEntry[] => {
  const start = Date.now();
  return Array.from({ length: failures + 1 }, (_, i) => entry({ at: start + i * gapMs, ...(i < failures ? { fault: { kind: 'outage', index: 0 }, status: 503 } : {}) }));
};

/** Journal of one read slowed by a latency fault that still answered 200 after `delayMs` (ms). */
export const slowRead = (delayMs: number) => (): JournalEntry[] => [entry({ fault: { kind: 'latency', index: 0, details: { delayMs } }, durationMs: delayMs })];

/** Journal where the product never called the faulted endpoint (only a healthy read). */
export const noFaultedCall = () => (): JournalEntry[] => [entry({ query: { query: 'select * from Account' } })];

/** A product page: a header, the main content, an optional script. */
export const shell = (body: string, script = '', title = 'Create expense') => `<!doctype html><html><head><title>${title}</title>
<style>body{font-family:sans-serif;margin:0} main{padding:1rem} .toast{position:fixed;bottom:1rem;right:1rem;background:#fee;padding:1rem;max-width:24rem}
.spinner{width:24px;height:24px;border:3px solid #ccc;border-top-color:#333;border-radius:50%} .card{border:1px solid #ccc;padding:1rem;margin:.5rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style></head>
<body><header>Integrations Hub</header><main>${body}</main><script>${script}</script></body></html>`;

/** The expense form, with an alert above its fields and the payee field optionally marked invalid. */
export const form = (alert: string, invalid: boolean) => `<form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1>${alert}
<label for="payee">Payee</label><select id="payee" ${invalid ? 'aria-invalid="true" aria-describedby="payee-msg"' : ''}><option>Choose a payee</option></select>
${invalid ? '<p id="payee-msg">QuickBooks payee selection is temporarily unavailable.</p>' : ''}
<label for="amount">Amount</label><input id="amount"><button type="submit" ${invalid ? 'disabled' : ''}>Create</button></form>`;

/** The case study's content template, filled in for QuickBooks. */
export const template = "We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to create expenses in QuickBooks. Please try again later.";
/** The template's warning variant for stale data. */
export const staleTemplate = "QuickBooks vendors may be out of date. We're having trouble connecting to QuickBooks right now, so the vendors shown are from your last sync. Please try again later.";
