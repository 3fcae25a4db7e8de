// The gallery's pages in Bulma 1 (the bulma package): CSS only, so these are plain HTML pages with the markup of
// Bulma's documentation and the small page JS its docs leave to the product (Bulma ships no JavaScript): the
// notification (colored, with its delete button, removed on click as in the docs' JS example; pinned in the corner of
// the viewport for toasts, the use the docs name, added and removed by the product's JS), the message, the form
// field with `input is-danger` + `help is-danger` and a Font Awesome icon (as the docs show; no aria-invalid, which
// neither Bulma nor its docs add), `control is-loading` (the spinner of a loading input), `progress`, the skeleton
// elements (`skeleton-lines`, `skeleton-block`, `is-skeleton`), the modal card toggled by `is-active` (the docs'
// markup, which carries no dialog role), `button is-loading`, tags, cards, tables, and hero/content blocks for the
// empty states (Bulma has no empty-state component). Roles and ARIA only where Bulma's docs put them.
import 'bulma/css/bulma.min.css';
import '@fortawesome/fontawesome-free/css/all.min.css';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

type Color = 'danger' | 'warning' | 'success';
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };

// The product's own styles: the corner where toasts are pinned (Bulma's docs: a notification "can be used as a
// pinned notification in the corner of the viewport"; the positioning is the product's).
const style = document.createElement('style');
style.textContent = `header { padding: 0.75rem 1.5rem; border-bottom: 1px solid var(--bulma-border); font-weight: 600; }
.toasts { position: fixed; top: 1rem; right: 1rem; z-index: 50; width: 24rem; max-width: calc(100vw - 2rem); }
.toasts .notification { box-shadow: var(--bulma-shadow); }`;
document.head.append(style);

/** A notification as in Bulma's docs: a colored block with a delete button. */
const notification = (color: Color, text: string) => `<div class="notification is-${color}"><button class="delete"></button>${text}</div>`;

/** A message as in Bulma's docs: header (title + delete) and body. */
const message = (color: Color, title: string, text: string) => `<article class="message is-${color}"><div class="message-header"><p>${title}</p><button class="delete" aria-label="delete"></button></div><div class="message-body">${text}</div></article>`;

/** The docs' JS example for the delete button: removes its notification (or message). */
function wireDeletes(root: ParentNode = document): void {
  root.querySelectorAll('.notification > .delete, .message-header > .delete').forEach((button) => {
    const box = button.closest('.notification, .message')!;
    button.addEventListener('click', () => box.remove());
  });
}

/** The toasts' corner (empty until one is shown). */
const toasts = '<div class="toasts" id="toasts"></div>';

/** The product's toast JS: pins a notification in the corner, and removes it after `duration` ms unless sticky. */
function toast(color: Color, text: string, duration: number | 'sticky'): void {
  const holder = document.createElement('div');
  holder.innerHTML = notification(color, text);
  wireDeletes(holder);
  const box = holder.firstElementChild!;
  document.getElementById('toasts')!.append(box);
  if (duration !== 'sticky') setTimeout(() => box.remove(), duration);
}

const section = (html: string, width = 560) => `<section class="section"><div class="container" style="max-width:${width}px">${html}</div></section>`;
const title = (text: string) => `<h1 class="title">${text}</h1>`;

/**
 * The expense form (Bulma's field / label / control / input / help); `invalid` marks the payee as the docs' danger
 * input (with its icon) and its help text and disables Create; `saving` makes Create a loading button; `loading`
 * shows the payee control's spinner.
 */
function form(top = '', { invalid = false, saving = false, loading = false, asForm = true, ariaInvalid = false } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const payee = invalid
    ? `<div class="control has-icons-right"><input id="payee" class="input is-danger" type="text"${ariaInvalid ? ' aria-invalid="true" aria-describedby="payee-help"' : ''}><span class="icon is-small is-right"><i class="fas fa-exclamation-triangle"></i></span></div><p class="help is-danger" id="payee-help">${copy.fieldMessage}</p>`
    : `<div class="control${loading ? ' is-loading' : ''}" id="payee-control"><input id="payee" class="input" type="text"${loading ? ' placeholder="Loading payees..."' : ''}></div>`;
  const submit = saving
    ? '<button class="button is-primary is-loading" type="submit" disabled>Saving...</button>'
    : `<button class="button is-primary" type="submit"${invalid ? ' disabled' : ''}>Create</button>`;
  return section(`${title('Create a QuickBooks expense')}<${tag}${asForm ? ' novalidate' : ''}>${top ? `<div class="block">${top}</div>` : ''}
<div class="field"><label class="label" for="payee">Payee</label>${payee}</div>
<div class="field"><label class="label" for="amount">Amount</label><div class="control"><input id="amount" class="input" type="text"></div></div>
<div class="field"><div class="control">${submit}</div></div></${tag}>`);
}

/** A card (Bulma's card component): header title and content. */
const card = (heading: string, body: string) => `<div class="card"><header class="card-header"><p class="card-header-title">${heading}</p></header><div class="card-content">${body}</div></div>`;

/** An empty state inside a card: centered content with an icon, a heading, the text and a button. */
const emptyContent = (icon: string, heading: string, text: string, action: string) => `<div class="content has-text-centered py-5">
<span class="icon is-large has-text-grey-light"><i class="fas fa-${icon} fa-2x"></i></span><h2 class="title is-5 mt-3">${heading}</h2><p>${text}</p>${action}</div>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: form(notification('danger', copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form() + toasts, script: () => toast('success', copy.partlySucceededMessage, 3000) },
  'false-success': { html: form() + toasts, script: () => toast('success', copy.savedMessage, 3000) },
  'false-success-worded': { title: 'Schedule meeting', html: section(title('Schedule a meeting') + notification('success', copy.meetingMessage)) },
  'stuck-spinner': { html: form('', { loading: true }) },
  'stuck-progress': {
    title: 'Import',
    html: section(`${title('Importing QuickBooks customers')}<p class="mb-2">Import from QuickBooks</p><progress class="progress is-primary" value="40" max="100">40%</progress>`),
  },
  'stuck-saving': { html: form('', { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    html: section(`${title('QuickBooks invoices')}${card('Invoices', '<p class="title is-5 is-skeleton">Invoice</p><div class="skeleton-lines"><div></div><div></div><div></div><div></div></div><div class="skeleton-block mt-4"></div>')}`, 760),
  },
  'generic': { html: form(notification('danger', copy.genericMessage)) },
  'error-code': { html: form(notification('danger', copy.codeMessage)) },
  'false-empty': { html: section(title('Choose a payee') + card('Payees', `<div class="content has-text-centered"><p>${copy.noPayeesMessage}</p></div>`)) },
  'third-party': { title: 'QuickBooks App Store', html: section(title('QuickBooks App Store') + notification('danger', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form('<div id="late"></div>') + toasts,
    script: () => {
      toast('success', copy.savedMessage, 3000);
      later(1600, () => {
        const holder = document.createElement('div');
        holder.innerHTML = notification('danger', copy.template);
        wireDeletes(holder);
        document.getElementById('late')!.replaceWith(holder.firstElementChild!);
      })();
    },
  },
  'fault-not-reached': { html: form(notification('danger', copy.template)) },
  'empty-full-page': {
    title: 'Invoices',
    html: `<section class="hero is-medium"><div class="hero-body has-text-centered"><div class="container" style="max-width:720px"><span class="icon is-large has-text-grey-light"><i class="fas fa-plug-circle-exclamation fa-3x"></i></span>
<h1 class="title mt-4">${copy.unavailableHeading}</h1><p class="subtitle">${copy.loadTemplate}</p><button class="button is-primary">Try again</button></div></div></section>`,
  },
  'empty-half-page': {
    title: 'Customer',
    html: section(`${title('Customer: Acme')}<div class="columns"><div class="column">${card('Contact details', '<div class="content"><p>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</p></div>')}</div>
<div class="column">${card('QuickBooks invoices', emptyContent('file-invoice', 'Invoices are unavailable', copy.loadTemplate, '<button class="button is-primary is-outlined">Try again</button>'))}</div></div>`, 960),
  },
  'contextual-alert': { html: form(notification('danger', copy.template), { invalid: true }) },
  'alert-above-field': { html: form(notification('danger', copy.template), { invalid: true, asForm: false, ariaInvalid: true }) },
  'contextual-warning': { html: form(notification('warning', copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: section(`${title('QuickBooks settings')}<div class="block">${message('warning', 'QuickBooks connection', copy.settingsWarning)}</div>
<div class="field"><div class="control"><label class="checkbox"><input type="checkbox" checked> Sync invoices</label></div></div><div class="field"><div class="control"><button class="button is-primary" disabled>Save</button></div></div>`),
  },
  'error-toast': { html: form() + toasts, script: () => toast('danger', copy.template, 'sticky') },
  'toast-vanishes': { html: form() + toasts, script: () => toast('danger', copy.template, 1000) },
  'warning-toast': {
    title: 'Vendors',
    html: section(title('Vendors') + card('QuickBooks vendors', '<div class="content"><ul><li>Acme</li><li>Globex</li></ul></div>')) + toasts,
    script: () => toast('warning', copy.staleTemplate, 'sticky'),
  },
  'dialog': {
    html: form() + `<div class="modal" id="modal"><div class="modal-background"></div><div class="modal-card">
<header class="modal-card-head"><p class="modal-card-title">${copy.dialogTitle}</p><button class="delete" aria-label="close"></button></header>
<section class="modal-card-body"><p>${copy.template}</p></section>
<footer class="modal-card-foot"><div class="buttons"><button class="button is-primary">OK</button></div></footer></div></div>`,
    script: () => {
      // The docs' JS example: open by adding is-active (and is-clipped on html), close from the card's head and foot.
      const modal = document.getElementById('modal')!;
      const close = () => { modal.classList.remove('is-active'); document.documentElement.classList.remove('is-clipped'); };
      modal.querySelectorAll('.modal-card-head .delete, .modal-card-foot .button').forEach((el) => el.addEventListener('click', close));
      modal.classList.add('is-active');
      document.documentElement.classList.add('is-clipped');
    },
  },
  'inline-other': { title: 'Reports', html: section(title('Reports') + message('danger', 'QuickBooks', copy.template) + '<p class="mt-4">Monthly totals</p>', 760) },
  'workflow': {
    title: 'Workflow history',
    html: section(`${title('Workflow history')}<table class="table is-fullwidth"><thead><tr><th>Run</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>Create QuickBooks invoice</td><td><span class="tag is-danger">Failed</span> ${copy.template}</td><td><button class="button is-small">Retry</button></td></tr>
<tr><td>Create QuickBooks invoice</td><td><span class="tag is-success">Succeeded</span></td><td></td></tr></tbody></table>`, 900),
  },
  'connection-status': {
    title: 'Connected apps',
    html: section(`${title('Connected apps')}<div class="block">${card('Slack', '<span class="tag is-success">Connected</span>')}</div>
<div class="block">${card('QuickBooks', `<span class="tag is-warning">${copy.connectionLostBadge}</span><p class="is-size-7 mt-2">${copy.connectionLostSentence}</p>`)}</div>`, 720),
  },
  'slow-then-toast': {
    html: form('', { loading: true }) + toasts,
    script: later(1300, () => {
      const control = document.getElementById('payee-control')!;
      control.classList.remove('is-loading');
      control.querySelector('input')!.removeAttribute('placeholder');
      toast('danger', copy.template, 'sticky');
    }),
  },
  'offscreen-alert': { html: '<div style="height:2400px">Expense policy and help text</div>' + form(notification('danger', copy.template), { invalid: true }) },
};

mountHtml(pages, () => wireDeletes());
