import type { JournalEntry } from '../../harness/runtime/types.ts';

/** A page with one known behaviour and the label a person gave it. */
export interface GalleryCase {
  name: string;
  html: string;
  /** How many times the page's product called the failing endpoint (the journal the classifier reads). */
  calls: number;
  expected: { category: string; kind?: string | null };
}

const FAILING = 'GET /v3/company/{realmId}/query';

/** Journal entries of `calls` failed reads of the faulted endpoint, `gapMs` apart. */
export function failedReads(calls: number, gapMs = 300): JournalEntry[] {
  const start = Date.now();
  return Array.from({ length: calls }, (_, i) => ({
    seq: i + 1, at: start + i * gapMs, provider: 'quickbooks', endpoint: FAILING, method: 'GET',
    path: '/v3/company/1/query', query: { query: 'select * from Vendor' }, bodyDigest: null,
    fault: { kind: 'outage', index: 0 }, status: 503, durationMs: 3, mutation: false, tookEffect: null,
  }));
}


const shell = (body: string, script = '') => `<!doctype html><html><head><title>Gallery</title>
<style>body{font-family:sans-serif} .toast{position:fixed;bottom:1rem;right:1rem;background:#fee;padding:1rem} .spinner{width:24px;height:24px;border:3px solid #ccc;border-top-color:#333;border-radius:50%}</style></head>
<body><header>Integrations Hub</header><main>${body}</main><script>${script}</script></body></html>`;

const form = (alert: string, invalid: boolean) => `<form aria-label="Create a QuickBooks expense"><h1>Create a QuickBooks expense</h1>${alert}
<label for="payee">Payee</label><select id="payee" ${invalid ? 'aria-invalid="true" aria-describedby="payee-msg"' : ''}><option>Choose a payee</option></select>
${invalid ? '<p id="payee-msg">QuickBooks payee selection is temporarily unavailable.</p>' : ''}
<label for="amount">Amount</label><input id="amount"><button type="submit" ${invalid ? 'disabled' : ''}>Create</button></form>`;

const template = "We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to create expenses in QuickBooks. Please try again later.";

/** The cases; each page reaches its final state on load or shortly after. */
export const galleryCases: GalleryCase[] = [
  {
    name: 'generic error banner',
    html: shell(form('<div role="alert" class="banner error">An error occurred. Please try refreshing the page. If the problem continues, please contact support.</div>', false)),
    calls: 1,
    expected: { category: 'generic-error', kind: null },
  },
  {
    name: 'JSON in a message',
    html: shell(form('<div role="alert">{"status":"error","message":"error processing request when contacting the upstream service"}</div>', false)),
    calls: 1,
    expected: { category: 'generic-error', kind: null },
  },
  {
    name: 'contextual error alert with the field marked',
    html: shell(form(`<div role="alert" class="alert alert-error">${template}</div>`, true)),
    calls: 3,
    expected: { category: 'helpful-error', kind: 'contextual-error-alert' },
  },
  {
    name: 'nothing shown, one call',
    html: shell(form('', false)),
    calls: 1,
    expected: { category: 'silent', kind: null },
  },
  {
    name: 'nothing shown, called again and again',
    html: shell(form('', false)),
    calls: 4,
    expected: { category: 'silent-retry', kind: null },
  },
  {
    name: 'error only in the console',
    html: shell(form('', false), "console.error('Failed to load vendors: 503')"),
    calls: 1,
    expected: { category: 'console-only', kind: null },
  },
  {
    name: 'spinner that never stops',
    html: shell('<div class="spinner" role="progressbar" aria-label="Loading payees"></div>' + form('', false)),
    calls: 1,
    expected: { category: 'stuck-loading', kind: null },
  },
  {
    name: 'says no payees exist',
    html: shell(form('<p class="hint">No payees exist. Add one in QuickBooks first.</p>', false)),
    calls: 1,
    expected: { category: 'false-empty', kind: null },
  },
  {
    name: 'error toast naming the app with a next step',
    html: shell(form('', false) + `<div role="status" class="toast error">${template}</div>`),
    calls: 1,
    expected: { category: 'helpful-error', kind: 'error-toast' },
  },
];
