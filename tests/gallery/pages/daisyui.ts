// The gallery's pages in daisyUI 5 (the daisyui package, 5.8): the Tailwind CSS component library used here as plain
// HTML with its compiled stylesheet (`daisyui/daisyui.css`, the component classes and the default light theme) and no
// Tailwind build, so the layout utilities its docs' examples add (widths, heights, flex, text sizes) are the product's
// own small stylesheet below. daisyUI ships no JavaScript: what its docs leave to the page (opening a modal with
// `showModal()`, adding a toast and removing it after a while) is the product's JS. Components, with the docs' markup:
// Alert (`div role="alert" class="alert alert-error|alert-warning|alert-success"` with its icon and a span, or a title
// and a description, as the alert docs show; the role is the docs'), Toast (`div class="toast toast-top toast-end"`
// holding an `alert`, as the toast docs show: the docs put no role on a toast's alert), Fieldset with `label` and
// `input`, Validator (`input validator` + `validator-hint`: the validator's stylesheet marks a field invalid from
// `:user-invalid` or from `aria-invalid`, the hook daisyUI added so a product sets the state itself, which is how the
// product marks the payee it cannot load), Loading (`loading loading-spinner`, inside an input and a button), Progress
// (native `progress`), Skeleton, Modal (native `dialog class="modal"` opened with `showModal()`, as the docs do),
// Button (`btn`, disabled), Badge, Card, Table, Hero. daisyUI has no empty-state component: the full-page empty state is
// a Hero (its docs' centred content with a heading, a paragraph and a button) and the half-page one a card's body with
// a heading, the text and a button. No roles or ARIA beyond the docs' (role="alert" on in-page alerts) and the
// validator's aria-invalid.
import 'daisyui/daisyui.css';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

type Color = 'error' | 'warning' | 'success';
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };

// The product's own layout (what Tailwind utilities would do in the docs' examples): header, page column, field
// widths, the hero's height, skeleton sizes, the two-column customer page, an empty state's column, the toasts' width.
const style = document.createElement('style');
style.textContent = `body { margin: 0; font-family: ui-sans-serif, system-ui, sans-serif; background: var(--color-base-100); color: var(--color-base-content); }
header { padding: 0.75rem 1.5rem; border-bottom: 1px solid var(--color-base-300); font-weight: 600; }
.page { max-width: 560px; margin: 0 auto; padding: 1.5rem; display: flex; flex-direction: column; gap: 1rem; }
.page h1 { font-size: 1.5rem; font-weight: 700; margin: 0; }
.page .input, .page .select { width: 100%; }
.form-actions { margin-top: 1rem; }
.alert svg { width: 1.5rem; height: 1.5rem; flex-shrink: 0; }
.alert h3 { font-weight: 700; margin: 0; }
.hero.full { min-height: calc(100vh - 3rem); background: var(--color-base-200); }
.hero .hero-text { max-width: 36rem; text-align: center; }
.hero h1 { font-size: 2.25rem; font-weight: 700; margin: 0; }
.hero p { padding: 1.5rem 0; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.card.bordered { border: 1px solid var(--color-base-300); }
.card-body.centered { align-items: center; text-align: center; }
.card .empty { display: flex; flex-direction: column; align-items: center; gap: 0.75rem; text-align: center; padding: 1rem 0; }
.card .empty h3 { font-size: 1.125rem; font-weight: 600; margin: 0; }
.toast { max-width: min(24rem, calc(100vw - 2rem)); }
.skeletons { display: flex; flex-direction: column; gap: 1rem; width: 100%; }
.skeleton.block { height: 8rem; width: 100%; }
.skeleton.line { height: 1rem; width: 100%; }
.skeleton.line.short { width: 7rem; }
.progress.import { width: 100%; }
.muted { opacity: 0.7; font-size: 0.875rem; }
.modal-box h3 { font-size: 1.125rem; font-weight: 700; margin: 0; }
.modal-text { padding: 1rem 0; }
.table-scroll { overflow-x: auto; }
.card.bordered { box-shadow: 0 1px 2px rgb(0 0 0 / 0.05); }`;
document.head.append(style);

// The alert docs' icons (the outline error, warning and success icons of their examples).
const icons: Record<Color, string> = {
  error: '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M10 14l2-2m0 0l2-2m-2 2l-2-2m2 2l2 2m7-2a9 9 0 11-18 0 9 9 0 0118 0z"></path></svg>',
  warning: '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M12 9v2m0 4h.01m-6.938 4h13.856c1.54 0 2.502-1.667 1.732-3L13.732 4c-.77-1.333-2.694-1.333-3.464 0L3.34 16c-.77 1.333.192 3 1.732 3z"></path></svg>',
  success: '<svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M9 12l2 2 4-4m6 2a9 9 0 11-18 0 9 9 0 0118 0z"></path></svg>',
};

/** An alert in the page, as the alert docs show it: role="alert", the color, its icon and the text in a span. */
const alert = (color: Color, text: string) => `<div role="alert" class="alert alert-${color}">${icons[color]}<span>${text}</span></div>`;

/** The alert docs' "with title and description" layout: icon, a title and the text under it. */
const titledAlert = (color: Color, heading: string, text: string) =>
  `<div role="alert" class="alert alert-${color} alert-vertical sm:alert-horizontal">${icons[color]}<div><h3>${heading}</h3><div>${text}</div></div></div>`;

/** The toasts' corner: daisyUI's toast wrapper, top end (empty until one is shown). */
const toasts = '<div class="toast toast-top toast-end" id="toasts"></div>';

/**
 * The product's toast JS: adds an alert to the toast wrapper as the toast docs write it (`div class="alert ..."` with
 * a span, no role), and removes it after `duration` ms unless sticky.
 */
function toast(color: Color, text: string, duration: number | 'sticky'): void {
  const holder = document.createElement('div');
  holder.innerHTML = `<div class="alert alert-${color}"><span>${text}</span></div>`;
  const box = holder.firstElementChild!;
  document.getElementById('toasts')!.append(box);
  if (duration !== 'sticky') setTimeout(() => box.remove(), duration);
}

const page = (html: string, width = 560) => `<div class="page" style="max-width:${width}px">${html}</div>`;
const title = (text: string) => `<h1>${text}</h1>`;

/**
 * The expense form: a fieldset with its legend, each field's label and input (the fieldset docs' form example);
 * `invalid` marks the payee through the validator (aria-invalid) with its validator-hint and disables Create;
 * `saving` makes Create a disabled button with a loading spinner saying "Saving..."; `loading` shows a spinner in the
 * payee input (the input docs' label.input wrapper) while it says "Loading payees...".
 */
function form(top = '', { invalid = false, saving = false, loading = false, asForm = true } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const payee = invalid
    ? `<input id="payee" type="text" class="input validator" aria-invalid="true"><p class="validator-hint">${copy.fieldMessage}</p>`
    : loading
      ? `<label class="input" id="payee-control"><input id="payee" type="text" placeholder="Loading payees..."><span class="loading loading-spinner loading-sm"></span></label>`
      : '<input id="payee" type="text" class="input">';
  const submit = saving
    ? '<button class="btn btn-primary" type="submit" disabled><span class="loading loading-spinner"></span>Saving...</button>'
    : `<button class="btn btn-primary" type="submit"${invalid ? ' disabled' : ''}>Create</button>`;
  return page(`${title('Create a QuickBooks expense')}<${tag}${asForm ? ' novalidate' : ''}>${top}
<fieldset class="fieldset"><legend class="fieldset-legend">Expense</legend>
<label class="label" for="payee">Payee</label>${payee}
<label class="label" for="amount">Amount</label><input id="amount" type="text" class="input">
<div class="form-actions">${submit}</div></fieldset></${tag}>`);
}

/** A card as in the card docs: body, title, content, and optional actions. */
const card = (heading: string, body: string, actions = '', centered = false) =>
  `<div class="card bordered bg-base-100"><div class="card-body${centered ? ' centered' : ''}"><h2 class="card-title">${heading}</h2>${body}${actions ? `<div class="card-actions">${actions}</div>` : ''}</div></div>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: form(alert('error', copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form() + toasts, script: () => toast('success', copy.partlySucceededMessage, 3000) },
  'false-success': { html: form() + toasts, script: () => toast('success', copy.savedMessage, 3000) },
  'false-success-worded': { title: 'Schedule meeting', html: page(title('Schedule a meeting') + alert('success', copy.meetingMessage)) },
  'stuck-spinner': { html: form('', { loading: true }) },
  'stuck-progress': {
    title: 'Import',
    html: page(`${title('Importing QuickBooks customers')}<p>Import from QuickBooks</p><progress class="progress progress-primary import" value="40" max="100"></progress>`),
  },
  'stuck-saving': { html: form('', { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    html: page(`${title('QuickBooks invoices')}${card('Invoices', '<div class="skeletons"><div class="skeleton block"></div><div class="skeleton line short"></div><div class="skeleton line"></div><div class="skeleton line"></div></div>')}`, 760),
  },
  'generic': { html: form(alert('error', copy.genericMessage)) },
  'error-code': { html: form(alert('error', copy.codeMessage)) },
  'false-empty': { html: page(title('Choose a payee') + card('Payees', `<p>${copy.noPayeesMessage}</p>`, '', true)) },
  'third-party': { title: 'QuickBooks App Store', html: page(title('QuickBooks App Store') + alert('error', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form('<div id="late"></div>') + toasts,
    script: () => {
      toast('success', copy.savedMessage, 3000);
      later(1600, () => {
        const holder = document.createElement('div');
        holder.innerHTML = alert('error', copy.template);
        document.getElementById('late')!.replaceWith(holder.firstElementChild!);
      })();
    },
  },
  'fault-not-reached': { html: form(alert('error', copy.template)) },
  'empty-full-page': {
    title: 'Invoices',
    html: `<div class="hero full"><div class="hero-content"><div class="hero-text"><h1>${copy.unavailableHeading}</h1><p>${copy.loadTemplate}</p><button class="btn btn-primary">Try again</button></div></div></div>`,
  },
  'empty-half-page': {
    title: 'Customer',
    html: page(`${title('Customer: Acme')}<div class="columns">${card('Contact details', '<p>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</p>')}
${card('QuickBooks invoices', `<div class="empty"><h3>Invoices are unavailable</h3><p>${copy.loadTemplate}</p><button class="btn btn-primary btn-outline">Try again</button></div>`)}</div>`, 960),
  },
  'contextual-alert': { html: form(alert('error', copy.template), { invalid: true }) },
  'alert-above-field': { html: form(alert('error', copy.template), { invalid: true, asForm: false }) },
  'contextual-warning': { html: form(alert('warning', copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: page(`${title('QuickBooks settings')}${titledAlert('warning', 'QuickBooks connection', copy.settingsWarning)}
<fieldset class="fieldset"><legend class="fieldset-legend">Sync</legend><label class="label"><input type="checkbox" checked class="checkbox">Sync invoices</label></fieldset>
<div><button class="btn btn-primary" disabled>Save</button></div>`),
  },
  'error-toast': { html: form() + toasts, script: () => toast('error', copy.template, 'sticky') },
  'toast-vanishes': { html: form() + toasts, script: () => toast('error', copy.template, 1000) },
  'warning-toast': {
    title: 'Vendors',
    html: page(title('Vendors') + card('QuickBooks vendors', '<ul><li>Acme</li><li>Globex</li></ul>')) + toasts,
    script: () => toast('warning', copy.staleTemplate, 'sticky'),
  },
  'dialog': {
    html: form() + `<dialog id="modal" class="modal"><div class="modal-box"><h3>${copy.dialogTitle}</h3><p class="modal-text">${copy.template}</p>
<div class="modal-action"><form method="dialog"><button class="btn">OK</button></form></div></div></dialog>`,
    // The docs open the modal with the dialog's showModal() (they call it from a button's onclick).
    script: () => { (document.getElementById('modal') as HTMLDialogElement).showModal(); },
  },
  'inline-other': { title: 'Reports', html: page(title('Reports') + titledAlert('error', 'QuickBooks', copy.template) + '<p>Monthly totals</p>', 760) },
  'workflow': {
    title: 'Workflow history',
    html: page(`${title('Workflow history')}<div class="table-scroll"><table class="table"><thead><tr><th>Run</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>Create QuickBooks invoice</td><td><span class="badge badge-error">Failed</span> ${copy.template}</td><td><button class="btn btn-sm">Retry</button></td></tr>
<tr><td>Create QuickBooks invoice</td><td><span class="badge badge-success">Succeeded</span></td><td></td></tr></tbody></table></div>`, 900),
  },
  'connection-status': {
    title: 'Connected apps',
    html: page(`${title('Connected apps')}${card('Slack', '<div><span class="badge badge-success">Connected</span></div>')}
${card('QuickBooks', `<div><span class="badge badge-warning">${copy.connectionLostBadge}</span></div><p class="muted">${copy.connectionLostSentence}</p>`)}`, 720),
  },
  'slow-then-toast': {
    html: form('', { loading: true }) + toasts,
    script: later(1300, () => {
      const control = document.getElementById('payee-control')!;
      control.querySelector('.loading')!.remove();
      control.querySelector('input')!.removeAttribute('placeholder');
      toast('error', copy.template, 'sticky');
    }),
  },
  'offscreen-alert': { html: '<div style="height:2400px">Expense policy and help text</div>' + form(alert('error', copy.template), { invalid: true }) },
};

mountHtml(pages);
