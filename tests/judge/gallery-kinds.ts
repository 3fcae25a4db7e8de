import { failedReads, form, mutationSteps, shell, staleTemplate, template, type GalleryCase } from './gallery.ts';

const shopify = "We've temporarily lost connection with Shopify. Until a connection is reestablished, data sharing and creation between Shopify and HubSpot may be unavailable. Be sure to check any automatic workflows related to Shopify to make sure they successfully went through.";
const load = "We're having trouble connecting to QuickBooks right now. Until a connection is reestablished, we won't be able to show your QuickBooks invoices. Please try again later.";
const helpful = (kind: string) => ({ category: 'helpful-error', kind });

/** One page per prescribed kind of taxonomy.md section 2, each with copy that passes the usefulness rules. */
export const kindCases: GalleryCase[] = [
  {
    name: 'full page empty state naming the app',
    html: shell(`<section data-empty-state><h1>Your QuickBooks invoices can't be shown</h1><p>${load}</p><button>Try again</button></section>`, '', 'Invoices'),
    journal: failedReads(2), expected: helpful('full-page-empty-state'),
  },
  {
    name: 'half page empty state in one card',
    html: shell(`<h1>Customer: Acme</h1><section class="card"><h2>Contact details</h2><p>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</p></section>
<section class="card"><h2>QuickBooks invoices</h2><div class="empty-state"><p>${load}</p><button>Try again</button></div></section>`, '', 'Customer'),
    journal: failedReads(2), expected: helpful('half-page-empty-state'),
  },
  { name: 'contextual error alert with the field marked', html: shell(form(`<div role="alert" class="alert alert-error">${template}</div>`, true)), journal: failedReads(3), expected: helpful('contextual-error-alert') },
  { name: 'contextual warning alert for stale data', html: shell(form(`<div role="status" class="alert warning">${staleTemplate}</div>`, false)), journal: failedReads(3), expected: helpful('contextual-warning-alert') },
  {
    name: 'warning alert on the settings page',
    html: shell(`<h1>QuickBooks settings</h1><div role="alert" class="alert warning">The settings shown may be out of date. We're having trouble connecting to QuickBooks right now, so changes can't be saved. Please try again later.</div>
<form aria-label="Sync settings"><label><input type="checkbox" checked> Sync invoices</label><button disabled>Save</button></form>`, '', 'QuickBooks settings'),
    journal: failedReads(2), expected: helpful('settings-warning-alert'),
  },
  { name: 'error toast naming the app with a next step', html: shell(form('', false) + `<div role="status" class="toast error">${template}</div>`), journal: failedReads(1), expected: helpful('error-toast') },
  { name: 'warning toast about stale data', html: shell('<h1>Vendors</h1><ul><li>Acme</li><li>Globex</li></ul>' + `<div role="status" class="toast warning">${staleTemplate}</div>`, '', 'Vendors'), journal: failedReads(2), expected: helpful('warning-toast') },
  {
    name: 'full page modal',
    html: shell(form('', false) + `<div role="alertdialog" aria-modal="true" aria-labelledby="dt" style="position:fixed;inset:10%;background:#fff;border:1px solid"><h2 id="dt">QuickBooks is unavailable</h2><p>${template}</p><button>OK</button></div>`),
    journal: failedReads(1), expected: helpful('full-page-modal'),
  },
  { name: 'native alert() with the template', html: shell(form('', false), `setTimeout(() => alert(${JSON.stringify(template)}), 50);`), journal: failedReads(1), expected: helpful('full-page-modal') },
  { name: 'inline message outside a form', html: shell(`<h1>Reports</h1><p role="alert">${template}</p><p>Monthly totals</p>`, '', 'Reports'), journal: failedReads(1), expected: helpful('error-message-other') },
  {
    name: 'failed workflow run with a retry',
    html: shell(`<h1>Workflow history</h1><table><tr><th>Run</th><th>Status</th><th></th></tr><tr><td>Create QuickBooks invoice</td><td class="status failed">Failed: ${template}</td><td><button>Retry</button></td></tr>
<tr><td>Create QuickBooks invoice</td><td>Succeeded</td><td></td></tr></table>`, '', 'Workflow history'),
    journal: failedReads(1), expected: helpful('workflow-error'),
  },
  {
    name: 'workflow run failed half-way, reported as partial with a retry',
    html: shell(`<h1>Workflow history</h1><table><tr><td>Invoice for Cool Cars</td><td><p class="run-status failed">Failed at "Send the invoice". We're having trouble connecting to QuickBooks right now. 1 of its 2 steps finished; retrying completes the rest without repeating them.</p></td><td><button>Retry</button></td></tr></table>`, '', 'Workflow history'),
    journal: mutationSteps(true, false), expected: helpful('workflow-error'),
  },
  {
    name: 'connection lost status on the integrations list',
    html: shell(`<h1>Connected apps</h1><ul><li class="card">Slack <span>Connected</span></li><li class="card"><strong>Shopify</strong> <span class="badge warning">CONNECTION LOST</span><p role="status">${shopify}</p></li></ul>`, '', 'Connected apps'),
    names: ['Shopify'], journal: failedReads(1), expected: helpful('connection-status'),
  },
];
