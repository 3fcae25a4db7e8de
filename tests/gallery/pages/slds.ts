// The gallery's pages in the Salesforce Lightning Design System (@salesforce-ux/design-system 2.x): SLDS ships CSS
// (and icon sprites) only, so these are plain HTML pages with its documented blueprints' markup and ARIA: Alert
// (slds-notify_alert, role=alert), Toast (slds-notify_container + slds-notify_toast, role=status: added by the
// product's JS and removed after its duration, as Lightning's toasts are), Scoped Notification (role=status),
// Spinner (role=status + assistive text), Progress Bar, Prompt (role=alertdialog, aria-modal), Form Element error
// (slds-has-error + slds-form-element__help, aria-describedby, aria-invalid), Button, Badge, Card, Data Table,
// Illustration (empty states) and Files in their loading state (SLDS has no skeleton component).
import '@salesforce-ux/design-system/assets/styles/salesforce-lightning-design-system.min.css';
import sprite from '@salesforce-ux/design-system/assets/icons/utility-sprite/svg/symbols.svg';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

type Tone = 'error' | 'warning' | 'success' | 'info';
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };
const icon = (symbol: string, cls: string) => `<svg class="${cls}" aria-hidden="true"><use href="${sprite}#${symbol}"></use></svg>`;
const closeButton = (inverse: boolean, large = false) => `<button class="slds-button slds-button_icon${large ? '' : ' slds-button_icon-small'}${inverse ? ' slds-button_icon-inverse' : ''}" title="Close">${icon('close', `slds-button__icon${large ? ' slds-button__icon_large' : ''}`)}<span class="slds-assistive-text">Close</span></button>`;

/** The Alert blueprint (system/page-level notification): role=alert, the type as assistive text, an icon, a close button. */
const alert = (tone: 'error' | 'warning' | 'info', text: string) => `<div class="slds-notify slds-notify_alert slds-theme_alert-texture slds-theme_${tone}" role="alert">
<span class="slds-assistive-text">${tone}</span><span class="slds-icon_container slds-icon-utility-${tone} slds-m-right_x-small">${icon(tone, 'slds-icon slds-icon_x-small')}</span>
<h2>${text}</h2><div class="slds-notify__close">${closeButton(tone !== 'warning')}</div></div>`;

/** The Scoped Notification blueprint (advisory, scoped to its container): role=status, typed icon with assistive text. */
const scoped = (tone: Tone, text: string) => `<div class="slds-scoped-notification slds-media slds-media_center slds-theme_${tone}" role="status">
<div class="slds-media__figure"><span class="slds-icon_container slds-icon-utility-${tone}" title="${tone}">${icon(tone, 'slds-icon slds-icon_small')}<span class="slds-assistive-text">${tone}</span></span></div>
<div class="slds-media__body"><p>${text}</p></div></div>`;

/** The Toast blueprint's toast (role=status, the type as assistive text); the product's JS puts it in the page's toast container. */
const toastHtml = (tone: Tone, text: string) => `<div class="slds-notify slds-notify_toast slds-theme_${tone}" role="status">
<span class="slds-assistive-text">${tone}</span><span class="slds-icon_container slds-icon-utility-${tone} slds-m-right_small slds-no-flex slds-align-top">${icon(tone, 'slds-icon slds-icon_small')}</span>
<div class="slds-notify__content"><h2 class="slds-text-heading_small">${text}</h2></div><div class="slds-notify__close">${closeButton(true, true)}</div></div>`;

/** The app's toast container (fixed at the top of the viewport, SLDS's default), empty until a toast is shown. */
const toastContainer = '<div class="slds-notify_container" id="toasts"></div>';

/**
 * The product's toast JS (SLDS has none): adds a toast to the container and removes it after `duration` ms
 * (Lightning's "dismissible" mode), or keeps it until closed (`sticky`, the mode a product picks for errors).
 */
function showToast(tone: Tone, text: string, duration: number | 'sticky'): void {
  const holder = document.createElement('div');
  holder.innerHTML = toastHtml(tone, text);
  const toast = holder.firstElementChild!;
  document.getElementById('toasts')!.append(toast);
  toast.querySelector('.slds-notify__close button')!.addEventListener('click', () => toast.remove());
  if (duration !== 'sticky') setTimeout(() => toast.remove(), duration);
}

/** The Spinner blueprint in its container (the container covers its closest positioned parent). */
const spinner = (id = 'spin') => `<div class="slds-spinner_container" id="${id}"><div role="status" class="slds-spinner slds-spinner_medium"><span class="slds-assistive-text">Loading</span><div class="slds-spinner__dot-a"></div><div class="slds-spinner__dot-b"></div></div></div>`;

/** A form element (label, control, optional error help text tied by aria-describedby, the input marked aria-invalid). */
function field(id: string, label: string, error?: string): string {
  const help = error ? `<div class="slds-form-element__help" id="${id}-error">${error}</div>` : '';
  const describe = error ? ` aria-describedby="${id}-error" aria-invalid="true"` : '';
  return `<div class="slds-form-element slds-m-bottom_small${error ? ' slds-has-error' : ''}"><label class="slds-form-element__label" for="${id}"><abbr class="slds-required" title="required">* </abbr>${label}</label>
<div class="slds-form-element__control"><input type="text" id="${id}" class="slds-input" required${describe}></div>${help}</div>`;
}

const shell = (html: string, width = 560) => `<div class="slds-p-around_medium" style="max-width:${width}px">${html}</div>`;
const heading = (text: string) => `<h1 class="slds-text-heading_medium slds-m-bottom_medium">${text}</h1>`;

/** The expense form; `invalid` marks the payee field in error (and disables Create); `saving` disables it as "Saving...". */
function form(top = '', { invalid = false, saving = false, asForm = true, busy = '' } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const submit = saving
    ? '<button class="slds-button slds-button_brand" type="submit" disabled>Saving...</button>'
    : `<button class="slds-button slds-button_brand" type="submit"${invalid ? ' disabled' : ''}>Create</button>`;
  return shell(`${heading('Create a QuickBooks expense')}<div class="slds-is-relative">${busy}<${tag} class="slds-form"${asForm ? ' aria-label="Create a QuickBooks expense" novalidate' : ''}>${top ? `<div class="slds-m-bottom_medium">${top}</div>` : ''}
${field('payee', 'Payee', invalid ? copy.fieldMessage : undefined)}${field('amount', 'Amount')}${submit}</${tag}></div>`);
}

/** A Card blueprint: header title, body, optional footer. */
const card = (title: string, body: string, footer = '') => `<article class="slds-card"><div class="slds-card__header slds-grid"><header class="slds-media slds-media_center slds-has-flexi-truncate"><div class="slds-media__body"><h2 class="slds-card__header-title"><span>${title}</span></h2></div></header></div>
<div class="slds-card__body slds-card__body_inner">${body}</div>${footer ? `<footer class="slds-card__footer">${footer}</footer>` : ''}</article>`;

/** The Illustration blueprint's empty state (its art is an inline SVG, hidden from assistive technology). */
const illustration = (size: 'small' | 'large', title: string, text: string, action = '', level = 3) => `<div class="slds-illustration slds-illustration_${size}">
<svg class="slds-illustration__svg" viewBox="0 0 454 218" aria-hidden="true"><g fill="none" fill-rule="evenodd"><path class="slds-illustration__stroke-secondary" stroke-width="3" stroke-linecap="round" d="M33 151h390"/><path class="slds-illustration__fill-secondary" d="M185 70h84v81h-84z"/><path class="slds-illustration__stroke-primary" stroke-width="3" d="M185 70h84v81h-84zM203 95h48M203 112h48M203 129h30"/></g></svg>
<div class="slds-text-longform"><h${level} class="slds-text-heading_medium">${title}</h${level}><p class="slds-text-body_regular">${text}</p>${action}</div></div>`;

const badge = (tone: 'error' | 'warning' | 'success', text: string) => `<span class="slds-badge slds-theme_${tone}">${text}</span>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: form(alert('error', copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form() + toastContainer, script: () => showToast('success', copy.partlySucceededMessage, 3000) },
  'false-success': { html: form() + toastContainer, script: () => showToast('success', copy.savedMessage, 3000) },
  'false-success-worded': { title: 'Schedule meeting', html: shell(heading('Schedule a meeting') + scoped('success', copy.meetingMessage)) },
  'stuck-spinner': { html: form('', { busy: spinner() }) },
  'stuck-progress': {
    title: 'Import',
    html: shell(`${heading('Importing QuickBooks customers')}<div class="slds-grid slds-grid_align-spread slds-p-bottom_x-small" id="import-label"><span>Import from QuickBooks</span><span aria-hidden="true"><strong>40% Complete</strong></span></div>
<div class="slds-progress-bar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="40" aria-labelledby="import-label" role="progressbar"><span class="slds-progress-bar__value" style="width:40%"><span class="slds-assistive-text">Progress: 40%</span></span></div>`),
  },
  'stuck-saving': { html: form('', { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    html: shell(heading('QuickBooks invoices') + card('Invoice PDFs', `<ul class="slds-grid slds-grid_pull-padded">${[1, 2, 3].map(() => `<li class="slds-p-horizontal_xx-small slds-size_1-of-3"><div class="slds-file slds-file_card slds-file_loading"><figure><a href="#" class="slds-file__crop"><div role="status" class="slds-spinner slds-spinner_medium"><span class="slds-assistive-text">Loading</span><div class="slds-spinner__dot-a"></div><div class="slds-spinner__dot-b"></div></div></a></figure></div></li>`).join('')}</ul>`), 760),
  },
  'generic': { html: form(alert('error', copy.genericMessage)) },
  'error-code': { html: form(alert('error', copy.codeMessage)) },
  'false-empty': { html: shell(heading('Choose a payee') + card('Payees', illustration('small', 'No payees found', 'Add a payee in QuickBooks first.'))) },
  'third-party': { title: 'QuickBooks App Store', html: shell(heading('QuickBooks App Store') + alert('error', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form('<div id="late"></div>') + toastContainer,
    script: () => {
      showToast('success', copy.savedMessage, 3000);
      later(1600, () => { document.getElementById('late')!.outerHTML = alert('error', copy.template); })();
    },
  },
  'fault-not-reached': { html: form(alert('error', copy.template)) },
  'empty-full-page': {
    title: 'Invoices',
    html: shell(illustration('large', copy.unavailableHeading, copy.loadTemplate, '<button class="slds-button slds-button_brand slds-m-top_medium">Try again</button>', 1), 900),
  },
  'empty-half-page': {
    title: 'Customer',
    html: shell(`${heading('Customer: Acme')}<div class="slds-grid slds-gutters"><div class="slds-col slds-size_1-of-2">${card('Contact details', '<p>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</p>')}</div>
<div class="slds-col slds-size_1-of-2">${card('QuickBooks invoices', illustration('small', 'Invoices are unavailable', copy.loadTemplate, '<button class="slds-button slds-button_neutral slds-m-top_small">Try again</button>'))}</div></div>`, 960),
  },
  'contextual-alert': { html: form(alert('error', copy.template), { invalid: true }) },
  'alert-above-field': { html: form(alert('error', copy.template), { invalid: true, asForm: false }) },
  'contextual-warning': { html: form(scoped('warning', copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: alert('warning', copy.settingsWarning) + shell(`${heading('QuickBooks settings')}<div class="slds-form-element slds-m-bottom_medium"><label class="slds-checkbox_toggle slds-grid"><span class="slds-form-element__label slds-m-bottom_none">Sync invoices</span><input type="checkbox" name="sync" aria-describedby="sync-toggle" checked>
<span id="sync-toggle" class="slds-checkbox_faux_container"><span class="slds-checkbox_faux"></span><span class="slds-checkbox_on">Enabled</span><span class="slds-checkbox_off">Disabled</span></span></label></div><button class="slds-button slds-button_brand" disabled>Save</button>`),
  },
  'error-toast': { html: form() + toastContainer, script: () => showToast('error', copy.template, 'sticky') },
  'toast-vanishes': { html: form() + toastContainer, script: () => showToast('error', copy.template, 1000) },
  'warning-toast': {
    title: 'Vendors',
    html: shell(heading('Vendors') + card('QuickBooks vendors', '<ul class="slds-has-dividers_bottom-space"><li class="slds-item">Acme</li><li class="slds-item">Globex</li></ul>')) + toastContainer,
    script: () => showToast('warning', copy.staleTemplate, 'sticky'),
  },
  'dialog': {
    html: form() + `<section role="alertdialog" tabindex="0" aria-modal="true" aria-labelledby="prompt-heading" aria-describedby="prompt-message" class="slds-modal slds-fade-in-open slds-modal_prompt"><div class="slds-modal__container">
<div class="slds-modal__header slds-theme_error slds-theme_alert-texture"><h2 class="slds-text-heading_medium" id="prompt-heading">${copy.dialogTitle}</h2></div>
<div class="slds-modal__content slds-p-around_medium" id="prompt-message"><p>${copy.template}</p></div>
<div class="slds-modal__footer slds-theme_default"><button class="slds-button slds-button_neutral">Okay</button></div></div></section><div class="slds-backdrop slds-backdrop_open" role="presentation"></div>`,
    script: () => (document.querySelector('.slds-modal') as HTMLElement).focus(),
  },
  'inline-other': { title: 'Reports', html: shell(heading('Reports') + scoped('error', copy.template) + '<p class="slds-m-top_medium">Monthly totals</p>') },
  'workflow': {
    title: 'Workflow history',
    html: shell(`${heading('Workflow history')}<table class="slds-table slds-table_cell-buffer slds-table_bordered" aria-label="Workflow runs"><thead><tr class="slds-line-height_reset"><th scope="col"><div class="slds-truncate" title="Run">Run</div></th><th scope="col"><div class="slds-truncate" title="Status">Status</div></th><th scope="col"><div class="slds-truncate"><span class="slds-assistive-text">Actions</span></div></th></tr></thead><tbody>
<tr class="slds-hint-parent"><th scope="row"><div class="slds-truncate">Create QuickBooks invoice</div></th><td><div class="slds-cell-wrap">${badge('error', 'Failed')} ${copy.template}</div></td><td><button class="slds-button slds-button_neutral">Retry</button></td></tr>
<tr class="slds-hint-parent"><th scope="row"><div class="slds-truncate">Create QuickBooks invoice</div></th><td>${badge('success', 'Succeeded')}</td><td></td></tr></tbody></table>`, 900),
  },
  'connection-status': {
    title: 'Connected apps',
    html: shell(`${heading('Connected apps')}<div class="slds-m-bottom_small">${card('Slack', badge('success', 'Connected'))}</div>
${card('QuickBooks', `${badge('warning', copy.connectionLostBadge)}<p class="slds-text-body_small slds-m-top_x-small">${copy.connectionLostSentence}</p>`)}`, 720),
  },
  'slow-then-toast': {
    html: form('', { busy: spinner() }) + toastContainer,
    script: later(1300, () => { document.getElementById('spin')!.remove(); showToast('error', copy.template, 'sticky'); }),
  },
  'offscreen-alert': { html: '<div style="height:2400px">Expense policy and help text</div>' + form(alert('error', copy.template), { invalid: true }) },
};

mountHtml(pages);
