/// <reference types="fomantic-ui-css" />
// The gallery's pages in Fomantic UI 2 (the fomantic-ui-css package, Fomantic-UI 2.9, the community fork of Semantic
// UI, with jQuery 3.7): CSS plus Fomantic's jQuery modules, so these are plain HTML pages with the markup of Fomantic's
// documentation and its modules' behaviours where the docs use them. semantic.js reads a global jQuery (its modules
// close over `jQuery`), so the product sets window.jQuery before loading it, as a bundled app does. Components:
// Message (`ui negative|warning|positive message`, with a header where the docs show one and the close icon wired by
// the docs' own snippet; the docs put no role on a message), the Toast module (`$.toast({ class, message,
// displayTime })`, which builds the toast itself, role="alert" included, in its top-right container; displayTime 0
// keeps it until closed, with the close icon), Form (`ui form` with fields; its error state shown as the docs do it:
// the form's `error` class shows its `ui error message`, and the Form module's `add prompt` behaviour marks the field
// and adds its inline prompt label; the module adds no aria-invalid), the form's `warning` state for the warning
// message inside a form, `ui loading form`, Dimmer with a text Loader, Placeholder (the skeleton), Progress (the
// module started on the docs' `data-percent` markup; it adds no role), Modal (the docs' markup modal opened with
// `.modal('show')`; the module gives a markup modal no role), Button (`loading`, `disabled`), Label, Card, Table,
// Checkbox, and the placeholder Segment with an icon Header (the docs' use for a space whose content is missing:
// the empty states). The product's own CSS is only its header bar and its page padding.
// The alert-above-field behaviour is defined by an aria-invalid field outside any form: there the product sets
// aria-invalid itself (Fomantic does not), on the docs' field error markup inside a `div class="ui form"`.
import 'fomantic-ui-css/semantic.min.css';
import $ from 'jquery';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

type Tone = 'negative' | 'warning' | 'positive';
type ToastClass = 'error' | 'warning' | 'success';
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };

// The product's own styles: its header bar and the page's padding.
const style = document.createElement('style');
style.textContent = `header { padding: 0.9rem 1.5rem; border-bottom: 1px solid rgba(34, 36, 38, 0.15); font-weight: 700; }
.page { padding-top: 2rem; padding-bottom: 2rem; }`;
document.head.append(style);

/** A message as in Fomantic's docs: tone, close icon, an optional header, the text. */
const message = (tone: Tone, text: string, header = '') => `<div class="ui ${tone} message"><i class="close icon"></i>${header ? `<div class="header">${header}</div>` : ''}<p>${text}</p></div>`;

/** The docs' snippet for a dismissable message: the close icon fades its message out. */
function wireCloses(): void {
  $(document).on('click', '.message .close', function close(this: HTMLElement) {
    $(this).closest('.message').transition('fade');
  });
}

/** The Toast module as its docs call it; `sticky` toasts stay (displayTime 0) and get the close icon. */
function toast(kind: ToastClass, text: string, duration: number | 'sticky'): void {
  $.toast({ class: kind, message: text, displayTime: duration === 'sticky' ? 0 : duration, closeIcon: duration === 'sticky' });
}

/** A page's content in a container (text container by default: the docs' container for a single column). */
const section = (html: string, kind = 'text') => `<div class="ui ${kind} container page">${html}</div>`;
const title = (text: string) => `<h1 class="ui header">${text}</h1>`;

/**
 * The expense form (`ui form`, fields with label and input); `state` is the form's state class (`error` shows its
 * error message, `warning` its warning message, `loading` its loader); `saving` makes Create a loading button;
 * `blocked` disables Create.
 */
function form(top = '', { state = '', saving = false, blocked = false } = {}): string {
  const submit = saving
    ? '<button class="ui primary loading button" type="submit" disabled>Saving...</button>'
    : `<button class="ui primary${blocked ? ' disabled' : ''} button" type="submit"${blocked ? ' disabled' : ''}>Create</button>`;
  return `${title('Create a QuickBooks expense')}<form class="ui${state ? ` ${state}` : ''} form" id="expense" novalidate>${top}
<div class="required field"><label for="payee">Payee</label><input id="payee" name="payee" type="text"></div>
<div class="field"><label for="amount">Amount</label><input id="amount" name="amount" type="text"></div>
${submit}</form>`;
}

/**
 * What the product does when the payee list cannot be loaded: the form's error state shows its error message, and the
 * Form module's `add prompt` behaviour marks the payee field and adds its inline prompt (the docs' inline validation).
 */
function markPayeeInvalid(): void {
  const $form = $('#expense');
  $form.form({ fields: { payee: 'empty' }, inline: true });
  $form.addClass('error');
  $form.form('add prompt', 'payee', copy.fieldMessage);
}

/** A card as in Fomantic's docs: content with a header, and a description. */
const card = (heading: string, body: string, extra = '') => `<div class="ui fluid card"><div class="content"><div class="header">${heading}</div>${extra ? `<div class="meta">${extra}</div>` : ''}<div class="description">${body}</div></div></div>`;

/** The docs' placeholder segment (a space whose content is missing): an icon header, the text, a button. */
const emptySegment = (icon: string, heading: string, text: string, button: string, tag = 'div') => `<div class="ui placeholder segment">
<${tag} class="ui icon header"><i class="${icon} icon"></i>${heading}</${tag}>${text ? `<p style="text-align:center">${text}</p>` : ''}${button}</div>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: section(form()) },
  'silent-retry': { html: section(form()) },
  'console-only': { html: section(form()), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: section(form(message('negative', copy.partlyWorkedMessage))) },
  'partly-failed': { title: 'Send invoice', html: section(form()), script: () => toast('success', copy.partlySucceededMessage, 3000) },
  'false-success': { html: section(form()), script: () => toast('success', copy.savedMessage, 3000) },
  'false-success-worded': { title: 'Schedule meeting', html: section(title('Schedule a meeting') + message('positive', copy.meetingMessage)) },
  'stuck-spinner': {
    html: section(`${title('Create a QuickBooks expense')}<div class="ui segment"><div class="ui active inverted dimmer"><div class="ui text loader">Loading payees</div></div>
<form class="ui form" novalidate><div class="field"><label for="payee">Payee</label><input id="payee" type="text"></div>
<div class="field"><label for="amount">Amount</label><input id="amount" type="text"></div><button class="ui primary button" type="submit">Create</button></form></div>`),
  },
  'stuck-progress': {
    title: 'Import',
    html: section(`${title('Importing QuickBooks customers')}<div class="ui progress" data-percent="40" id="import"><div class="bar"><div class="progress"></div></div><div class="label">Import from QuickBooks</div></div>`),
    script: () => { $('#import').progress(); },
  },
  'stuck-saving': { html: section(form('', { saving: true })) },
  'stuck-skeleton': {
    title: 'Invoices',
    html: section(`${title('QuickBooks invoices')}<div class="ui segment"><div class="ui fluid placeholder"><div class="header"><div class="line"></div><div class="line"></div></div>
<div class="paragraph"><div class="line"></div><div class="line"></div><div class="line"></div><div class="line"></div></div><div class="paragraph"><div class="line"></div><div class="line"></div><div class="line"></div></div></div></div>`, ''),
  },
  'generic': { html: section(form(message('negative', copy.genericMessage))) },
  'error-code': { html: section(form(message('negative', copy.codeMessage))) },
  'false-empty': { html: section(title('Choose a payee') + emptySegment('users', copy.noPayeesMessage, '', '<div class="ui primary button">Add payee</div>')) },
  'third-party': { title: 'QuickBooks App Store', html: section(title('QuickBooks App Store') + message('negative', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: section(form('<div id="late"></div>')),
    script: () => {
      toast('success', copy.savedMessage, 3000);
      later(1600, () => { $('#late').replaceWith(message('negative', copy.template)); })();
    },
  },
  'fault-not-reached': { html: section(form(message('negative', copy.template))) },
  'empty-full-page': {
    title: 'Invoices',
    html: section(emptySegment('plug', copy.unavailableHeading, copy.loadTemplate, '<button class="ui primary button" type="button">Try again</button>', 'h1'), ''),
  },
  'empty-half-page': {
    title: 'Customer',
    html: section(`${title('Customer: Acme')}<div class="ui two column stackable grid"><div class="column">${card('Contact details', 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')}</div>
<div class="column"><div class="ui fluid card"><div class="content"><div class="header">QuickBooks invoices</div></div><div class="content">${emptySegment('file invoice', 'Invoices are unavailable', copy.loadTemplate, '<button class="ui basic button" type="button">Try again</button>')}</div></div></div></div>`, ''),
  },
  'contextual-alert': { html: section(form(`<div class="ui error message"><p>${copy.template}</p></div>`, { blocked: true })), script: markPayeeInvalid },
  'alert-above-field': {
    html: section(`${title('Create a QuickBooks expense')}<div class="ui form">${message('negative', copy.template)}
<div class="required field error"><label for="payee">Payee</label><input id="payee" type="text" aria-invalid="true" aria-describedby="payee-error">
<div class="ui basic red pointing prompt label" id="payee-error">${copy.fieldMessage}</div></div>
<div class="field"><label for="amount">Amount</label><input id="amount" type="text"></div>
<button class="ui primary disabled button" type="button" disabled>Create</button></div>`),
  },
  'contextual-warning': { html: section(form(message('warning', copy.staleTemplate), { state: 'warning' })) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: section(`${title('QuickBooks settings')}${message('warning', copy.settingsWarning, 'QuickBooks connection')}
<div class="ui form"><div class="field"><div class="ui checkbox"><input type="checkbox" id="sync" checked><label for="sync">Sync invoices</label></div></div>
<button class="ui primary disabled button" type="button" disabled>Save</button></div>`),
    script: () => { $('.ui.checkbox').checkbox(); },
  },
  'error-toast': { html: section(form()), script: () => toast('error', copy.template, 'sticky') },
  'toast-vanishes': { html: section(form()), script: () => toast('error', copy.template, 1000) },
  'warning-toast': {
    title: 'Vendors',
    html: section(title('Vendors') + card('QuickBooks vendors', '<div class="ui list"><div class="item">Acme</div><div class="item">Globex</div></div>')),
    script: () => toast('warning', copy.staleTemplate, 'sticky'),
  },
  'dialog': {
    html: section(form()) + `<div class="ui small modal" id="dialog"><div class="header">${copy.dialogTitle}</div>
<div class="content"><p>${copy.template}</p></div><div class="actions"><div class="ui primary approve button">OK</div></div></div>`,
    script: () => { $('#dialog').modal({ closable: false }).modal('show'); },
  },
  'inline-other': { title: 'Reports', html: section(title('Reports') + message('negative', copy.template, 'QuickBooks') + '<p>Monthly totals</p>') },
  'workflow': {
    title: 'Workflow history',
    html: section(`${title('Workflow history')}<table class="ui celled table"><thead><tr><th>Run</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>Create QuickBooks invoice</td><td><span class="ui red label">Failed</span> ${copy.template}</td><td><button class="ui small button" type="button">Retry</button></td></tr>
<tr><td>Create QuickBooks invoice</td><td><span class="ui green label">Succeeded</span></td><td></td></tr></tbody></table>`, ''),
  },
  'connection-status': {
    title: 'Connected apps',
    html: section(`${title('Connected apps')}<div class="ui cards">${card('Slack', '<span class="ui green label">Connected</span>')}
${card('QuickBooks', `<p><span class="ui orange label">${copy.connectionLostBadge}</span></p><p>${copy.connectionLostSentence}</p>`)}</div>`),
  },
  'slow-then-toast': {
    html: section(form('', { state: 'loading' })),
    script: later(1300, () => {
      $('#expense').removeClass('loading');
      toast('error', copy.template, 'sticky');
    }),
  },
  'offscreen-alert': {
    html: '<div style="height:2400px">Expense policy and help text</div>' + section(form(`<div class="ui error message"><p>${copy.template}</p></div>`, { blocked: true })),
    script: markPayeeInvalid,
  },
};

// semantic.js closes over a global jQuery: the product exposes its jQuery, then loads Fomantic's modules (esbuild
// bundles the dynamic import into this file; it runs before the page is mounted).
Object.assign(window, { jQuery: $, $ });
void import('fomantic-ui-css/semantic.min.js').then(() => mountHtml(pages, wireCloses));
