import { failedReads, form, mutationSteps, noFaultedCall, shell, template, type GalleryCase } from './gallery.ts';

const invoiceForm = (extra: string) => `<form aria-label="Send a QuickBooks invoice"><h1>Send a QuickBooks invoice</h1>${extra}
<label for="customer">Customer</label><input id="customer" value="Acme"><button type="submit">Create and send</button></form>`;

/** One page per category of taxonomy.md section 1 (helpful-error's kinds are in gallery-kinds.ts). */
export const categoryCases: GalleryCase[] = [
  { name: 'nothing shown, one call', html: shell(form('', false)), journal: failedReads(1), expected: { category: 'silent' } },
  { name: 'nothing shown, called again and again', html: shell(form('', false)), journal: failedReads(4), expected: { category: 'silent-retry' } },
  { name: 'error only in the console', html: shell(form('', false), "console.error('Failed to load vendors: 503')"), journal: failedReads(1), expected: { category: 'console-only' } },
  {
    name: 'unhandled promise rejection, nothing in the UI',
    html: shell(form('', false), "fetch('data:,').then(() => Promise.reject(new Error('QuickBooks 503')));"),
    journal: failedReads(1), expected: { category: 'console-only' },
  },
  {
    name: 'uncaught exception in a callback',
    html: shell(form('', false), "setTimeout(() => { throw new TypeError(\"Cannot read properties of undefined (reading 'Vendor')\"); }, 50);"),
    journal: failedReads(1), expected: { category: 'console-only' },
  },
  {
    name: 'error shown although the invoice was created (send failed)',
    html: shell(invoiceForm('<div role="alert" class="alert error">Something went wrong creating your invoice. Please try again.</div>')),
    journal: mutationSteps(true, false), expected: { category: 'error-but-partly-worked' },
  },
  {
    name: 'success toast although sending failed',
    html: shell(invoiceForm('') + '<div role="status" class="toast success">Invoice created and sent to Acme.</div>'),
    journal: mutationSteps(true, false), expected: { category: 'success-but-partly-failed' },
  },
  {
    name: 'success toast although nothing was saved',
    html: shell(form('', false) + '<div role="status" class="toast">Expense saved.</div>'),
    journal: mutationSteps(false), expected: { category: 'false-success' },
  },
  {
    name: 'native alert() saying saved, nothing was saved',
    html: shell(form('', false), "setTimeout(() => alert('Expense saved successfully.'), 50);"),
    journal: mutationSteps(false), expected: { category: 'false-success' },
  },
  { name: 'spinner that never stops', html: shell('<div class="spinner" aria-label="Loading payees"></div>' + form('', false)), journal: failedReads(1), expected: { category: 'stuck-loading' } },
  {
    name: 'disabled "Saving..." button that never comes back',
    html: shell(form('', false).replace('<button type="submit" >Create</button>', '<button type="submit" disabled>Saving...</button>')),
    journal: mutationSteps(false), expected: { category: 'stuck-loading' },
  },
  {
    name: 'progress bar stuck at 40 %',
    html: shell('<h1>Importing QuickBooks customers</h1><div role="progressbar" aria-label="Import" aria-valuenow="40" aria-valuemin="0" aria-valuemax="100" style="width:300px;height:12px;background:#ddd"></div>'),
    journal: failedReads(1), expected: { category: 'stuck-loading' },
  },
  {
    name: 'generic error banner',
    html: shell(form('<div role="alert" class="banner error">An error occurred. Please try refreshing the page. If the problem continues, please contact support.</div>', false)),
    journal: failedReads(1), expected: { category: 'generic-error' },
  },
  {
    name: 'JSON in a message',
    html: shell(form('<div role="alert">{"status":"error","message":"error processing request when contacting the upstream service"}</div>', false)),
    journal: failedReads(1), expected: { category: 'generic-error' },
  },
  {
    name: 'native alert() with an error code',
    html: shell(form('', false), "setTimeout(() => alert('Error 503: Service Unavailable'), 50);"),
    journal: failedReads(1), expected: { category: 'generic-error' },
  },
  {
    name: 'only the field is marked, no alert',
    html: shell(form('', true)),
    journal: failedReads(1), expected: { category: 'generic-error' },
  },
  { name: 'says no payees exist', html: shell(form('<p class="hint">No payees exist. Add one in QuickBooks first.</p>', false)), journal: failedReads(1), expected: { category: 'false-empty' } },
  {
    name: 'empty invoice list',
    html: shell('<h1>QuickBooks invoices</h1><div data-empty-state><h2>You have no invoices yet</h2><p>Invoices you create in QuickBooks show up here.</p></div>', '', 'Invoices'),
    journal: failedReads(2), expected: { category: 'false-empty' },
  },
  {
    name: 'inside the 3rd party app',
    html: shell('<h1>QuickBooks App Store</h1><p role="alert">We could not install the app.</p>'),
    journal: failedReads(1), context: { initiatedBy: 'in-third-party-app' }, expected: { category: 'third-party-app-error' },
  },
  {
    name: 'success toast followed by an error',
    html: shell(form('', false) + '<div id="t" role="status" class="toast">Expense saved.</div>',
      `setTimeout(() => { const a = document.createElement('div'); a.setAttribute('role', 'alert'); a.textContent = ${JSON.stringify(template)}; document.forms[0].prepend(a); }, 150);`),
    journal: mutationSteps(false), expected: { category: 'unclassified' },
  },
  {
    name: 'the fault never reached the product',
    html: shell(form(`<div role="alert">${template}</div>`, false)),
    journal: noFaultedCall(), expected: { category: 'unclassified' },
  },
];
