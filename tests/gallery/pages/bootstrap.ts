// The gallery's pages in Bootstrap 5: its documented markup (alerts, toasts, modal, spinners, progress, placeholders,
// badges, validation feedback) with its stylesheet and its JS (Toast and Modal started through the bootstrap API).
import 'bootstrap/dist/css/bootstrap.min.css';
import { Modal, Toast } from 'bootstrap';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };
const alert = (variant: 'danger' | 'warning' | 'success', text: string) => `<div class="alert alert-${variant}" role="alert">${text}</div>`;

/** The expense form; `invalid` marks the payee with `.is-invalid` + `aria-invalid` + its `.invalid-feedback`. */
function form(top = '', { invalid = false, saving = false, asForm = true } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const payee = invalid
    ? `<input id="payee" class="form-control is-invalid" aria-invalid="true" aria-describedby="payee-feedback"><div id="payee-feedback" class="invalid-feedback">${copy.fieldMessage}</div>`
    : '<input id="payee" class="form-control">';
  const submit = saving
    ? '<button class="btn btn-primary" type="submit" disabled><span class="spinner-border spinner-border-sm" aria-hidden="true"></span> <span role="status">Saving...</span></button>'
    : `<button class="btn btn-primary" type="submit" ${invalid ? 'disabled' : ''}>Create</button>`;
  return `<div class="container py-3" style="max-width:520px"><h1 class="h3">Create a QuickBooks expense</h1><${tag} ${asForm ? 'aria-label="Create a QuickBooks expense"' : ''}>${top}
<div class="mb-3"><label for="payee" class="form-label">Payee</label>${payee}</div>
<div class="mb-3"><label for="amount" class="form-label">Amount</label><input id="amount" class="form-control"></div>${submit}</${tag}></div>`;
}

/** A toast in the documented container; shown (and hidden after `delay` ms when `autohide`) by Bootstrap's Toast. */
const toast = (variant: 'danger' | 'warning' | 'success', text: string, id = 't') =>
  `<div class="toast-container position-fixed bottom-0 end-0 p-3"><div id="${id}" class="toast align-items-center text-bg-${variant} border-0" role="${variant === 'success' ? 'status' : 'alert'}" aria-live="assertive" aria-atomic="true"><div class="d-flex"><div class="toast-body">${text}</div><button type="button" class="btn-close btn-close-white me-2 m-auto" data-bs-dismiss="toast" aria-label="Close"></button></div></div></div>`;
const showToast = (id = 't', options: { autohide?: boolean; delay?: number } = { autohide: false }) => () => Toast.getOrCreateInstance(document.getElementById(id)!, options).show();
const heading = (text: string) => `<h1 class="h3">${text}</h1>`;
const page = (html: string) => `<div class="container py-3">${html}</div>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: form(alert('danger', copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form() + toast('success', copy.partlySucceededMessage), script: showToast() },
  'false-success': { html: form() + toast('success', copy.savedMessage), script: showToast() },
  'false-success-worded': { title: 'Schedule meeting', html: page(heading('Schedule a meeting') + alert('success', copy.meetingMessage)) },
  'stuck-spinner': { html: '<div class="spinner-border" role="status"><span class="visually-hidden">Loading payees...</span></div>' + form() },
  'stuck-progress': { title: 'Import', html: page(heading('Importing QuickBooks customers') + '<div class="progress" role="progressbar" aria-label="Import" aria-valuenow="40" aria-valuemin="0" aria-valuemax="100"><div class="progress-bar progress-bar-striped progress-bar-animated" style="width:40%"></div></div>') },
  'stuck-saving': { html: form('', { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', html: page(heading('QuickBooks invoices') + '<div class="card" aria-hidden="true"><div class="card-body"><h5 class="card-title placeholder-glow"><span class="placeholder col-6"></span></h5><p class="card-text placeholder-glow"><span class="placeholder col-7"></span> <span class="placeholder col-4"></span> <span class="placeholder col-6"></span></p></div></div>') },
  'generic': { html: form(alert('danger', copy.genericMessage)) },
  'error-code': { html: form(alert('danger', copy.codeMessage)) },
  'false-empty': { html: page(heading('Choose a payee') + `<ul class="list-group"><li class="list-group-item text-body-secondary">${copy.noPayeesMessage}</li></ul>`) },
  'third-party': { title: 'QuickBooks App Store', html: page(heading('QuickBooks App Store') + alert('danger', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form('<div id="late"></div>') + toast('success', copy.savedMessage),
    script: () => { showToast()(); later(1600, () => { document.getElementById('late')!.outerHTML = alert('danger', copy.template); })(); },
  },
  'fault-not-reached': { html: form(alert('danger', copy.template)) },
  'empty-full-page': { title: 'Invoices', html: page(`<div class="text-center py-5"><h1 class="h3">${copy.unavailableHeading}</h1><p class="lead">${copy.loadTemplate}</p><button class="btn btn-primary">Try again</button></div>`) },
  'empty-half-page': {
    title: 'Customer',
    html: page(`${heading('Customer: Acme')}<div class="row"><div class="col"><div class="card"><div class="card-body"><h2 class="h5 card-title">Contact details</h2><p>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</p></div></div></div>
<div class="col"><div class="card"><div class="card-body text-center"><h2 class="h5 card-title">QuickBooks invoices</h2><p class="text-body-secondary">${copy.loadTemplate}</p><button class="btn btn-outline-primary">Try again</button></div></div></div></div>`),
  },
  'contextual-alert': { html: form(alert('danger', copy.template), { invalid: true }) },
  'alert-above-field': { html: form(alert('danger', copy.template), { invalid: true, asForm: false }) },
  'contextual-warning': { html: form(alert('warning', copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: page(heading('QuickBooks settings') + alert('warning', copy.settingsWarning) + '<div class="form-check form-switch"><input class="form-check-input" type="checkbox" role="switch" id="sync" checked><label class="form-check-label" for="sync">Sync invoices</label></div><button class="btn btn-primary" disabled>Save</button>'),
  },
  'error-toast': { html: form() + toast('danger', copy.template), script: showToast() },
  'toast-vanishes': { html: form() + toast('danger', copy.template), script: showToast('t', { autohide: true, delay: 1000 }) },
  'warning-toast': { title: 'Vendors', html: page(heading('Vendors') + '<ul class="list-group"><li class="list-group-item">Acme</li><li class="list-group-item">Globex</li></ul>') + toast('warning', copy.staleTemplate), script: showToast() },
  'dialog': {
    html: form() + `<div class="modal" id="m" tabindex="-1" aria-labelledby="m-title"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h1 class="modal-title fs-5" id="m-title">${copy.dialogTitle}</h1></div><div class="modal-body"><p>${copy.template}</p></div><div class="modal-footer"><button class="btn btn-primary" data-bs-dismiss="modal">OK</button></div></div></div></div>`,
    script: () => new Modal(document.getElementById('m')!, { backdrop: 'static' }).show(),
  },
  'inline-other': { title: 'Reports', html: page(heading('Reports') + alert('danger', copy.template) + '<p>Monthly totals</p>') },
  'workflow': {
    title: 'Workflow history',
    html: page(`${heading('Workflow history')}<table class="table"><thead><tr><th>Run</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>Create QuickBooks invoice</td><td><span class="badge text-bg-danger">Failed</span> ${copy.template}</td><td><button class="btn btn-sm btn-outline-primary">Retry</button></td></tr>
<tr><td>Create QuickBooks invoice</td><td><span class="badge text-bg-success">Succeeded</span></td><td></td></tr></tbody></table>`),
  },
  'connection-status': {
    title: 'Connected apps',
    html: page(`${heading('Connected apps')}<ul class="list-group"><li class="list-group-item"><strong>Slack</strong> <span class="badge text-bg-success">Connected</span></li>
<li class="list-group-item"><strong>QuickBooks</strong> <span class="badge text-bg-warning">${copy.connectionLostBadge}</span><p class="mb-0 small text-body-secondary">${copy.connectionLostSentence}</p></li></ul>`),
  },
  'slow-then-toast': {
    html: '<div id="spin" class="spinner-border" role="status"><span class="visually-hidden">Loading payees...</span></div>' + form() + toast('danger', copy.template),
    script: later(1300, () => { document.getElementById('spin')!.remove(); showToast()(); }),
  },
  'offscreen-alert': { html: '<div style="height:2400px">Expense policy and help text</div>' + form(alert('danger', copy.template), { invalid: true }) },
};

mountHtml(pages);
