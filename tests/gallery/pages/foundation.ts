// The gallery's pages in Foundation 6 (the foundation-sites package, ZURB Foundation for Sites 6.9 with jQuery 3.7
// and what-input): CSS plus Foundation's jQuery plugins, so these are plain HTML pages with the markup of Foundation's
// documentation, started by `$(document).foundation()` as its docs say, and its plugins' methods where the docs use
// them: Callout (colored `callout`, made dismissable with `data-closable` and the close button, as the docs' "alert
// box"; the docs put no role on it), Abide form validation (`form data-abide novalidate`: each field's `form-error`,
// to which Abide itself gives `role="alert"`; the form's `data-abide-error` global error callout, to which Abide gives
// aria-live, shown in the docs' "Error State" with role="alert"; a field marked invalid through Abide's
// `addErrorClasses` method, which adds `is-invalid-input`, `is-invalid-label`, `is-visible` and aria-invalid), Reveal
// (the modal, opened with `.foundation('open')`; Reveal sets role="dialog"), Progress Bar (the docs' `.progress` with
// role="progressbar" and its aria values), Button (disabled), Label (status labels), Badge, Card, Table, the XY grid
// and the typography helpers. Foundation has no toast component: the toasts are closable callouts pinned in the
// viewport's corner by the product's CSS and removed by its JS after a while (no role: the docs give a callout none).
// Foundation has no spinner, skeleton or empty-state component: stuck-spinner and stuck-skeleton are not rendered
// (cases/foundation.ts), the loading payee field before the slow toast is a disabled input saying "Loading payees...",
// and the empty states are a centered grid block and a card's section with a heading, the text and a button.
// The alert-above-field behaviour is defined by an aria-invalid field outside any form (no Abide there): the docs'
// static error-state markup, aria-invalid included, as the docs write it.
import 'foundation-sites/dist/css/foundation.min.css';
import $ from 'jquery';
import 'what-input';
import Foundation from 'foundation-sites';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

// Foundation registers its jQuery plugin on the jQuery it imports (the same module); keep a reference so the import stays.
void Foundation;

type Color = 'alert' | 'warning' | 'success';
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };

// The product's own styles: its header, and the corner where toasts are pinned (the positioning is the product's).
const style = document.createElement('style');
style.textContent = `header { padding: 0.75rem 1.5rem; border-bottom: 1px solid #e6e6e6; font-weight: 600; }
.toasts { position: fixed; top: 1rem; right: 1rem; z-index: 1010; width: 24rem; max-width: calc(100vw - 2rem); }
.toasts .callout { box-shadow: 0 2px 8px rgba(10, 10, 10, 0.2); padding-right: 2.5rem; }
.page { padding-top: 1.5rem; padding-bottom: 1.5rem; }`;
document.head.append(style);

const closeButton = '<button class="close-button" aria-label="Dismiss alert" type="button" data-close><span aria-hidden="true">&times;</span></button>';

/** A dismissable callout as in the docs' "Making Closable" example: colored, `data-closable`, a close button. */
const callout = (color: Color, text: string, heading = '') => `<div class="callout ${color}" data-closable>${heading ? `<h5>${heading}</h5>` : ''}<p>${text}</p>${closeButton}</div>`;

/** The toasts' corner (empty until one is shown). */
const toasts = '<div class="toasts" id="toasts"></div>';

/** The product's toast JS: pins a closable callout in the corner, and removes it after `duration` ms unless sticky. */
function toast(color: Color, text: string, duration: number | 'sticky'): void {
  const box = $(callout(color, text)).appendTo('#toasts');
  if (duration !== 'sticky') setTimeout(() => box.remove(), duration);
}

/** A page's content in a grid container of the given max width. */
const section = (html: string, width = 560) => `<div class="grid-container page" style="max-width:${width}px">${html}</div>`;
const title = (text: string) => `<h1 class="h3">${text}</h1>`;

/**
 * The expense form, an Abide form (`data-abide novalidate`, each field's label wrapping its input, the payee's
 * `form-error` next to it, as in Abide's docs); `invalid` adds the form's global error callout (`data-abide-error`,
 * shown by `markPayeeInvalid`) and disables Create; `saving` makes Create a disabled "Saving..." button; `loading`
 * disables the payee input while it says "Loading payees...".
 */
function form(top = '', { invalid = false, saving = false, loading = false } = {}): string {
  const globalError = invalid ? `<div data-abide-error class="alert callout" style="display: none;"><p>${copy.template}</p></div>` : '';
  const submit = saving
    ? '<button class="button" type="submit" disabled>Saving...</button>'
    : `<button class="button" type="submit"${invalid ? ' disabled' : ''}>Create</button>`;
  return section(`${title('Create a QuickBooks expense')}<form id="expense" data-abide novalidate>${globalError}${top}
<label>Payee
  <input id="payee" type="text" aria-errormessage="payee-error" required${loading ? ' placeholder="Loading payees..." disabled' : ''}>
  <span class="form-error" id="payee-error">${copy.fieldMessage}</span>
</label>
<label>Amount
  <input id="amount" type="text">
</label>
${submit}</form>`);
}

/**
 * What the product does when the payee list cannot be loaded: Abide marks the payee invalid (its `addErrorClasses`
 * method) and the form's global error is shown in the docs' Error State (display block, role="alert").
 */
function markPayeeInvalid(): void {
  $('#expense').foundation('addErrorClasses', $('#payee'));
  $('#expense [data-abide-error]').attr('role', 'alert').css('display', 'block');
}

/** A card as in Foundation's docs: a divider with its heading, and a section. */
const card = (heading: string, body: string) => `<div class="card"><div class="card-divider"><h4 class="h5">${heading}</h4></div><div class="card-section">${body}</div></div>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: form(callout('alert', copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form() + toasts, script: () => toast('success', copy.partlySucceededMessage, 3000) },
  'false-success': { html: form() + toasts, script: () => toast('success', copy.savedMessage, 3000) },
  'false-success-worded': { title: 'Schedule meeting', html: section(title('Schedule a meeting') + callout('success', copy.meetingMessage)) },
  'stuck-progress': {
    title: 'Import',
    html: section(`${title('Importing QuickBooks customers')}<p>Import from QuickBooks</p>
<div class="progress" role="progressbar" aria-valuenow="40" aria-valuemin="0" aria-valuetext="40 percent" aria-valuemax="100"><div class="progress-meter" style="width: 40%"></div></div>`),
  },
  'stuck-saving': { html: form('', { saving: true }) },
  'generic': { html: form(callout('alert', copy.genericMessage)) },
  'error-code': { html: form(callout('alert', copy.codeMessage)) },
  'false-empty': { html: section(title('Choose a payee') + card('Payees', `<p class="text-center">${copy.noPayeesMessage}</p>`)) },
  'third-party': { title: 'QuickBooks App Store', html: section(title('QuickBooks App Store') + callout('alert', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form('<div id="late"></div>') + toasts,
    script: () => {
      toast('success', copy.savedMessage, 3000);
      later(1600, () => { $('#late').replaceWith(callout('alert', copy.template)); })();
    },
  },
  'fault-not-reached': { html: form(callout('alert', copy.template)) },
  'empty-full-page': {
    title: 'Invoices',
    html: `<div class="grid-container text-center page" style="max-width:720px; padding-top:5rem"><h1 class="h2">${copy.unavailableHeading}</h1>
<p class="lead">${copy.loadTemplate}</p><button class="button" type="button">Try again</button></div>`,
  },
  'empty-half-page': {
    title: 'Customer',
    html: section(`${title('Customer: Acme')}<div class="grid-x grid-margin-x"><div class="cell medium-6">${card('Contact details', '<p>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</p>')}</div>
<div class="cell medium-6">${card('QuickBooks invoices', `<div class="text-center"><h5>Invoices are unavailable</h5><p>${copy.loadTemplate}</p><button class="hollow button" type="button">Try again</button></div>`)}</div></div>`, 960),
  },
  'contextual-alert': { html: form('', { invalid: true }), script: markPayeeInvalid },
  'alert-above-field': {
    html: section(`${title('Create a QuickBooks expense')}<div class="alert callout"><p>${copy.template}</p></div>
<label class="is-invalid-label">Payee
  <input id="payee" type="text" class="is-invalid-input" aria-describedby="payee-error" data-invalid aria-invalid="true">
  <span class="form-error is-visible" id="payee-error">${copy.fieldMessage}</span>
</label>
<label>Amount
  <input id="amount" type="text">
</label>
<button class="button" type="button" disabled>Create</button>`),
  },
  'contextual-warning': { html: form(callout('warning', copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: section(`${title('QuickBooks settings')}${callout('warning', copy.settingsWarning, 'QuickBooks connection')}
<fieldset><input id="sync" type="checkbox" checked><label for="sync">Sync invoices</label></fieldset><button class="button" type="button" disabled>Save</button>`),
  },
  'error-toast': { html: form() + toasts, script: () => toast('alert', copy.template, 'sticky') },
  'toast-vanishes': { html: form() + toasts, script: () => toast('alert', copy.template, 1000) },
  'warning-toast': {
    title: 'Vendors',
    html: section(title('Vendors') + card('QuickBooks vendors', '<ul class="no-bullet"><li>Acme</li><li>Globex</li></ul>')) + toasts,
    script: () => toast('warning', copy.staleTemplate, 'sticky'),
  },
  'dialog': {
    html: form() + `<div class="reveal" id="dialog" data-reveal><h2 class="h4">${copy.dialogTitle}</h2><p>${copy.template}</p>
<button class="button" type="button" data-close>OK</button>
<button class="close-button" data-close aria-label="Close modal" type="button"><span aria-hidden="true">&times;</span></button></div>`,
    script: () => { $('#dialog').foundation('open'); },
  },
  'inline-other': { title: 'Reports', html: section(title('Reports') + callout('alert', copy.template, 'QuickBooks') + '<p>Monthly totals</p>', 760) },
  'workflow': {
    title: 'Workflow history',
    html: section(`${title('Workflow history')}<table><thead><tr><th>Run</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>Create QuickBooks invoice</td><td><span class="label alert">Failed</span> ${copy.template}</td><td><button class="small button" type="button">Retry</button></td></tr>
<tr><td>Create QuickBooks invoice</td><td><span class="label success">Succeeded</span></td><td></td></tr></tbody></table>`, 900),
  },
  'connection-status': {
    title: 'Connected apps',
    html: section(`${title('Connected apps')}${card('Slack', '<span class="label success">Connected</span>')}
${card('QuickBooks', `<p><span class="label warning">${copy.connectionLostBadge}</span></p><p>${copy.connectionLostSentence}</p>`)}`, 720),
  },
  'slow-then-toast': {
    html: form('', { loading: true }) + toasts,
    script: later(1300, () => {
      $('#payee').prop('disabled', false).removeAttr('placeholder');
      toast('alert', copy.template, 'sticky');
    }),
  },
  'offscreen-alert': { html: '<div style="height:2400px">Expense policy and help text</div>' + form('', { invalid: true }), script: markPayeeInvalid },
};

// Foundation's docs: start every plugin on the page (Abide on the forms, Reveal on the modal, the close triggers).
mountHtml(pages, () => { $(document).foundation(); });
