// The gallery's pages in the GOV.UK Design System (govuk-frontend): its documented markup for the error summary,
// error message, notification banner, warning text, panel, tag, table and button, with its stylesheet and JS
// (initAll). GOV.UK has no toast, modal, spinner, progress bar or skeleton: those behaviours are not rendered here.
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import { initAll } from 'govuk-frontend';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };
const wrap = (html: string) => `<div class="govuk-width-container"><div class="govuk-main-wrapper">${html}</div></div>`;
const h1 = (text: string) => `<h1 class="govuk-heading-l">${text}</h1>`;

/**
 * The error summary; `field` lists the invalid payee's message as a link to it (only on pages that mark the field).
 * GOV.UK's JS focuses (scrolls to) the summary unless `autoFocus` is false.
 */
const errorSummary = (text: string, { field = false, autoFocus = true } = {}) => `<div class="govuk-error-summary" data-module="govuk-error-summary"${autoFocus ? '' : ' data-disable-auto-focus="true"'}><div role="alert">
<h2 class="govuk-error-summary__title">There is a problem</h2><div class="govuk-error-summary__body"><p class="govuk-body">${text}</p>
${field ? `<ul class="govuk-list govuk-error-summary__list"><li><a href="#payee">${copy.fieldMessage}</a></li></ul>` : ''}</div></div></div>`;
/** A notification banner: `success` is announced (role alert), the neutral one is a region. */
const banner = (text: string, success = false) => `<div class="govuk-notification-banner${success ? ' govuk-notification-banner--success' : ''}" role="${success ? 'alert' : 'region'}" aria-labelledby="nb-title" data-module="govuk-notification-banner">
<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" id="nb-title">${success ? 'Success' : 'Important'}</h2></div>
<div class="govuk-notification-banner__content"><p class="govuk-notification-banner__heading">${text}</p></div></div>`;
const warningText = (text: string) => `<div class="govuk-warning-text"><span class="govuk-warning-text__icon" aria-hidden="true">!</span><strong class="govuk-warning-text__text"><span class="govuk-visually-hidden">Warning</span> ${text}</strong></div>`;

/** The expense form; an invalid payee gets the documented error message and error classes (GOV.UK does not add aria-invalid). */
function form(top = '', { invalid = false, saving = false, asForm = true, ariaInvalid = false } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const payee = invalid
    ? `<div class="govuk-form-group govuk-form-group--error"><label class="govuk-label" for="payee">Payee</label><p id="payee-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> ${copy.fieldMessage}</p><input class="govuk-input govuk-input--error" id="payee" type="text" aria-describedby="payee-error"${ariaInvalid ? ' aria-invalid="true"' : ''}></div>`
    : '<div class="govuk-form-group"><label class="govuk-label" for="payee">Payee</label><input class="govuk-input" id="payee" type="text"></div>';
  const button = saving
    ? '<button type="submit" class="govuk-button" data-module="govuk-button" disabled aria-disabled="true">Saving...</button>'
    : `<button type="submit" class="govuk-button" data-module="govuk-button"${invalid ? ' disabled aria-disabled="true"' : ''}>Create</button>`;
  return wrap(`${top}${h1('Create a QuickBooks expense')}<${tag}${asForm ? ' novalidate' : ''}>${payee}
<div class="govuk-form-group"><label class="govuk-label" for="amount">Amount</label><input class="govuk-input govuk-input--width-10" id="amount" type="text"></div>${button}</${tag}>`);
}

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => { void Promise.reject(new Error(copy.consoleError)); }) },
  'partly-worked': { title: 'Send invoice', html: form(errorSummary(copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form(banner(copy.partlySucceededMessage, true)) },
  'false-success': { html: form(banner(copy.savedMessage, true)) },
  'false-success-worded': {
    title: 'Meeting scheduled',
    html: wrap('<div class="govuk-panel govuk-panel--confirmation"><h1 class="govuk-panel__title">Meeting scheduled</h1><div class="govuk-panel__body">Invitations are on their way.</div></div>'),
  },
  'stuck-saving': { html: form('', { saving: true }) },
  'generic': { html: form(errorSummary(copy.genericMessage)) },
  'error-code': { html: form(errorSummary(copy.codeMessage)) },
  'false-empty': { html: wrap(`${h1('Choose a payee')}<p class="govuk-body">${copy.noPayeesMessage}</p>`) },
  'third-party': { title: 'QuickBooks App Store', html: wrap(h1('QuickBooks App Store') + errorSummary(copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form(`${banner(copy.savedMessage, true)}<div id="late"></div>`),
    script: later(1600, () => { document.getElementById('late')!.outerHTML = errorSummary(copy.template); initAll(); }),
  },
  'fault-not-reached': { html: form(errorSummary(copy.template)) },
  'empty-full-page': { title: 'Invoices', html: wrap(`${h1(copy.unavailableHeading)}<p class="govuk-body">${copy.loadTemplate}</p><a href="#" class="govuk-button" data-module="govuk-button" role="button">Try again</a>`) },
  'empty-half-page': {
    title: 'Customer',
    html: wrap(`${h1('Customer: Acme')}<div class="govuk-grid-row"><section class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">Contact details</h2><p class="govuk-body">Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</p></section>
<section class="govuk-grid-column-one-half"><h2 class="govuk-heading-m">QuickBooks invoices</h2><div class="govuk-inset-text">${copy.loadTemplate}</div><button class="govuk-button govuk-button--secondary" data-module="govuk-button">Try again</button></section></div>`),
  },
  'contextual-alert': { html: form(errorSummary(copy.template, { field: true }), { invalid: true }) },
  'alert-above-field': { html: form(errorSummary(copy.template, { field: true }), { invalid: true, asForm: false, ariaInvalid: true }) },
  'contextual-warning': { html: form(warningText(copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: wrap(`${h1('QuickBooks settings')}${warningText(copy.settingsWarning)}<div class="govuk-checkboxes" data-module="govuk-checkboxes"><div class="govuk-checkboxes__item"><input class="govuk-checkboxes__input" id="sync" type="checkbox" checked><label class="govuk-label govuk-checkboxes__label" for="sync">Sync invoices</label></div></div>
<button class="govuk-button" data-module="govuk-button" disabled aria-disabled="true">Save</button>`),
  },
  'inline-other': { title: 'Reports', html: wrap(`${h1('Reports')}${banner(copy.template)}<p class="govuk-body">Monthly totals</p>`) },
  'workflow': {
    title: 'Workflow history',
    html: wrap(`${h1('Workflow history')}<table class="govuk-table"><thead class="govuk-table__head"><tr class="govuk-table__row"><th scope="col" class="govuk-table__header">Run</th><th scope="col" class="govuk-table__header">Status</th><th scope="col" class="govuk-table__header"></th></tr></thead><tbody class="govuk-table__body">
<tr class="govuk-table__row"><td class="govuk-table__cell">Create QuickBooks invoice</td><td class="govuk-table__cell"><strong class="govuk-tag govuk-tag--red">Failed</strong> ${copy.template}</td><td class="govuk-table__cell"><button class="govuk-button govuk-button--secondary" data-module="govuk-button">Retry</button></td></tr>
<tr class="govuk-table__row"><td class="govuk-table__cell">Create QuickBooks invoice</td><td class="govuk-table__cell"><strong class="govuk-tag govuk-tag--green">Succeeded</strong></td><td class="govuk-table__cell"></td></tr></tbody></table>`),
  },
  'connection-status': {
    title: 'Connected apps',
    html: wrap(`${h1('Connected apps')}<dl class="govuk-summary-list"><div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">Slack</dt><dd class="govuk-summary-list__value"><strong class="govuk-tag govuk-tag--green">Connected</strong></dd></div>
<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">QuickBooks</dt><dd class="govuk-summary-list__value"><strong class="govuk-tag govuk-tag--yellow">${copy.connectionLostBadge}</strong><p class="govuk-body-s">${copy.connectionLostSentence}</p></dd></div></dl>`),
  },
  'offscreen-alert': { html: '<div style="height:2400px">Expense policy and help text</div>' + form(errorSummary(copy.template, { field: true, autoFocus: false }), { invalid: true }) },
};

mountHtml(pages, () => {
  document.body.classList.add('govuk-template__body', 'govuk-frontend-supported');
  initAll();
});
