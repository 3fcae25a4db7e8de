// The gallery's pages in UIkit 3 (the uikit package): CSS plus UIkit's own JavaScript components, so these are plain
// HTML pages with the markup of UIkit's documentation, started by UIkit itself (its observer connects every `uk-*`
// attribute) and its JS API where the docs use one: Alert (`uk-alert` with its close button; UIkit puts no role on
// it), Notification (`UIkit.notification({ message, status, timeout })`, which renders its own `role="alert"`
// message in the viewport's top-center corner and removes it after its timeout, 0 = sticky), Modal (`uk-modal`
// markup with header, body and footer, shown with `UIkit.modal(el).show()`, which sets `role="dialog"` and
// aria-modal), Spinner (`uk-spinner`, which UIkit gives `role="status"`), Progress (`<progress class="uk-progress">`),
// Form (stacked form, `uk-input`, the `uk-form-danger` state and a form icon; UIkit has no help-text or
// aria-invalid convention, so the field message is `uk-text-danger` text under it, as UIkit sites write it), Button,
// Label (status tags), Card, Table, List, Section. UIkit has no skeleton, no empty-state and no loading-button
// component: the skeleton page shows a Spinner in the table it waits to fill, the empty states are built from
// Section / Card with an icon, heading, text and a button, and the saving button is a disabled button with a Spinner.
// Roles and ARIA only where UIkit's JS or docs put them (the alert-above-field behaviour is defined by an
// aria-invalid field, which the product adds there).
import 'uikit/dist/css/uikit.min.css';
import UIkit from 'uikit';
import Icons from 'uikit/dist/js/uikit-icons';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

// The installation the docs give for bundlers: load the icon set as a plugin.
UIkit.use(Icons);

type Status = 'danger' | 'warning' | 'success';
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };

// The product's own style for its header (the shell's header carries no UIkit class).
const style = document.createElement('style');
style.textContent = 'header { padding: 0.75rem 1.5rem; border-bottom: 1px solid #e5e5e5; font-weight: 600; }';
document.head.append(style);

/** An alert as in UIkit's docs: `uk-alert` with a status class, its close button and a paragraph. */
const alert = (status: Status, text: string) => `<div class="uk-alert-${status}" uk-alert><a href class="uk-alert-close" uk-close></a><p>${text}</p></div>`;

/** A notification through UIkit's JS API (timeout in ms, 0 keeps it until closed). */
const notify = (status: Status, message: string, timeout: number) => { UIkit.notification({ message, status, timeout }); };

const section = (html: string, container = 'uk-container-xsmall') => `<div class="uk-section uk-section-small"><div class="uk-container ${container}">${html}</div></div>`;
const title = (text: string) => `<h1 class="uk-h2">${text}</h1>`;

/** A card as in UIkit's docs: header with the card title, and body. */
const card = (heading: string, body: string) => `<div class="uk-card uk-card-default"><div class="uk-card-header"><h3 class="uk-card-title">${heading}</h3></div><div class="uk-card-body">${body}</div></div>`;

/**
 * The expense form (UIkit's stacked form: uk-margin rows, uk-form-label, uk-form-controls, uk-input); `invalid`
 * marks the payee with the `uk-form-danger` state, a warning form icon and the message under it and disables
 * Create; `saving` makes Create a disabled "Saving..." button with a spinner; `loading` puts a spinner in the
 * payee input (as a flipped form icon).
 */
function form(top = '', { invalid = false, saving = false, loading = false, asForm = true, ariaInvalid = false } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const payee = invalid
    ? `<div class="uk-inline uk-width-1-1"><span class="uk-form-icon uk-form-icon-flip uk-text-danger" uk-icon="icon: warning"></span><input id="payee" class="uk-input uk-form-danger" type="text"${ariaInvalid ? ' aria-invalid="true" aria-describedby="payee-message"' : ''}></div><div class="uk-text-danger uk-text-small uk-margin-small-top" id="payee-message">${copy.fieldMessage}</div>`
    : loading
      ? '<div class="uk-inline uk-width-1-1" id="payee-control"><span class="uk-form-icon uk-form-icon-flip" uk-spinner="ratio: 0.6"></span><input id="payee" class="uk-input" type="text" placeholder="Loading payees..."></div>'
      : '<input id="payee" class="uk-input" type="text">';
  const submit = saving
    ? '<button class="uk-button uk-button-primary" type="submit" disabled><span class="uk-margin-small-right" uk-spinner="ratio: 0.6"></span>Saving...</button>'
    : `<button class="uk-button uk-button-primary" type="submit"${invalid ? ' disabled' : ''}>Create</button>`;
  return section(`${title('Create a QuickBooks expense')}<${tag} class="uk-form-stacked"${asForm ? ' novalidate' : ''}>${top ? `<div class="uk-margin">${top}</div>` : ''}
<div class="uk-margin"><label class="uk-form-label" for="payee">Payee</label><div class="uk-form-controls">${payee}</div></div>
<div class="uk-margin"><label class="uk-form-label" for="amount">Amount</label><div class="uk-form-controls"><input id="amount" class="uk-input" type="text"></div></div>
<div class="uk-margin">${submit}</div></${tag}>`);
}

/** An empty state inside a card body: centered icon, heading, text and a button. */
const emptyContent = (icon: string, heading: string, text: string, action: string) => `<div class="uk-text-center uk-padding-small">
<span class="uk-text-muted" uk-icon="icon: ${icon}; ratio: 2"></span><h3 class="uk-h4 uk-margin-small-top">${heading}</h3><p>${text}</p>${action}</div>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: form(alert('danger', copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form(), script: () => notify('success', copy.partlySucceededMessage, 3000) },
  'false-success': { html: form(), script: () => notify('success', copy.savedMessage, 3000) },
  'false-success-worded': { title: 'Schedule meeting', html: section(title('Schedule a meeting') + alert('success', copy.meetingMessage)) },
  'stuck-spinner': { html: form('', { loading: true }) },
  'stuck-progress': {
    title: 'Import',
    html: section(`${title('Importing QuickBooks customers')}<p class="uk-margin-small-bottom">Import from QuickBooks</p><progress class="uk-progress" value="40" max="100">40%</progress>`),
  },
  'stuck-saving': { html: form('', { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    html: section(`${title('QuickBooks invoices')}${card('Invoices', `<table class="uk-table uk-table-divider uk-margin-remove"><thead><tr><th>Invoice</th><th>Customer</th><th>Amount</th></tr></thead>
<tbody><tr><td colspan="3" class="uk-text-center uk-padding"><div uk-spinner="ratio: 2"></div></td></tr></tbody></table>`)}`, 'uk-container-small'),
  },
  'generic': { html: form(alert('danger', copy.genericMessage)) },
  'error-code': { html: form(alert('danger', copy.codeMessage)) },
  'false-empty': { html: section(title('Choose a payee') + card('Payees', `<p class="uk-text-center uk-text-muted">${copy.noPayeesMessage}</p>`)) },
  'third-party': { title: 'QuickBooks App Store', html: section(title('QuickBooks App Store') + alert('danger', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form('<div id="late"></div>'),
    script: () => {
      notify('success', copy.savedMessage, 3000);
      later(1600, () => {
        const holder = document.createElement('div');
        holder.innerHTML = alert('danger', copy.template);
        document.getElementById('late')!.replaceWith(holder.firstElementChild!);
      })();
    },
  },
  'fault-not-reached': { html: form(alert('danger', copy.template)) },
  'empty-full-page': {
    title: 'Invoices',
    html: `<div class="uk-section uk-section-large uk-text-center"><div class="uk-container uk-container-small"><span class="uk-text-muted" uk-icon="icon: warning; ratio: 3"></span>
<h1 class="uk-h2 uk-margin-top">${copy.unavailableHeading}</h1><p class="uk-text-lead">${copy.loadTemplate}</p><button class="uk-button uk-button-primary" type="button">Try again</button></div></div>`,
  },
  'empty-half-page': {
    title: 'Customer',
    html: section(`${title('Customer: Acme')}<div class="uk-child-width-1-2@m" uk-grid><div>${card('Contact details', '<p>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</p>')}</div>
<div>${card('QuickBooks invoices', emptyContent('file-text', 'Invoices are unavailable', copy.loadTemplate, '<button class="uk-button uk-button-default" type="button">Try again</button>'))}</div></div>`, 'uk-container-small'),
  },
  'contextual-alert': { html: form(alert('danger', copy.template), { invalid: true }) },
  'alert-above-field': { html: form(alert('danger', copy.template), { invalid: true, asForm: false, ariaInvalid: true }) },
  'contextual-warning': { html: form(alert('warning', copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: section(`${title('QuickBooks settings')}<div class="uk-alert-warning" uk-alert><h3>QuickBooks connection</h3><p>${copy.settingsWarning}</p></div>
<div class="uk-margin"><label><input class="uk-checkbox" type="checkbox" checked> Sync invoices</label></div><div class="uk-margin"><button class="uk-button uk-button-primary" type="button" disabled>Save</button></div>`),
  },
  'error-toast': { html: form(), script: () => notify('danger', copy.template, 0) },
  'toast-vanishes': { html: form(), script: () => notify('danger', copy.template, 1000) },
  'warning-toast': {
    title: 'Vendors',
    html: section(title('Vendors') + card('QuickBooks vendors', '<ul class="uk-list uk-list-divider"><li>Acme</li><li>Globex</li></ul>')),
    script: () => notify('warning', copy.staleTemplate, 0),
  },
  'dialog': {
    html: form() + `<div id="dialog" uk-modal><div class="uk-modal-dialog"><button class="uk-modal-close-default" type="button" uk-close></button>
<div class="uk-modal-header"><h2 class="uk-modal-title">${copy.dialogTitle}</h2></div>
<div class="uk-modal-body"><p>${copy.template}</p></div>
<div class="uk-modal-footer uk-text-right"><button class="uk-button uk-button-primary uk-modal-close" type="button">OK</button></div></div></div>`,
    script: () => { void UIkit.modal('#dialog').show(); },
  },
  'inline-other': { title: 'Reports', html: section(title('Reports') + alert('danger', copy.template) + '<p class="uk-margin-top">Monthly totals</p>', 'uk-container-small') },
  'workflow': {
    title: 'Workflow history',
    html: section(`${title('Workflow history')}<table class="uk-table uk-table-divider"><thead><tr><th>Run</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>Create QuickBooks invoice</td><td><span class="uk-label uk-label-danger">Failed</span> ${copy.template}</td><td><button class="uk-button uk-button-default uk-button-small" type="button">Retry</button></td></tr>
<tr><td>Create QuickBooks invoice</td><td><span class="uk-label uk-label-success">Succeeded</span></td><td></td></tr></tbody></table>`, 'uk-container-small'),
  },
  'connection-status': {
    title: 'Connected apps',
    html: section(`${title('Connected apps')}<div class="uk-margin">${card('Slack', '<span class="uk-label uk-label-success">Connected</span>')}</div>
<div class="uk-margin">${card('QuickBooks', `<span class="uk-label uk-label-warning">${copy.connectionLostBadge}</span><p class="uk-text-small uk-margin-small-top">${copy.connectionLostSentence}</p>`)}</div>`),
  },
  'slow-then-toast': {
    html: form('', { loading: true }),
    script: later(1300, () => {
      const control = document.getElementById('payee-control')!;
      control.querySelector('[uk-spinner]')!.remove();
      control.querySelector('input')!.removeAttribute('placeholder');
      notify('danger', copy.template, 0);
    }),
  },
  'offscreen-alert': { html: '<div style="height:2400px">Expense policy and help text</div>' + form(alert('danger', copy.template), { invalid: true }) },
};

mountHtml(pages);
