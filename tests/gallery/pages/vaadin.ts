// The gallery's pages in Vaadin 25 (the @vaadin/* web components, 25.3, used from plain HTML/JS as their READMEs and
// type definitions show: one import per component, the Lumo theme loaded with its stylesheet lumo.css and its utility
// classes utility.css). Most of the components' parts and text live in shadow roots; notifications and dialogs render
// in overlays at the end of <body>. Toasts are vaadin-notification (Notification.show for the short ones, the element
// with a renderer for the error notifications that stay until closed, with the close button Vaadin's notification
// examples give them), theme error/warning/success; the busy state is vaadin-progress-bar `indeterminate` (Vaadin has
// no spinner: its docs give the indeterminate progress bar for work of unknown duration), progress vaadin-progress-bar
// with a value; fields vaadin-select and vaadin-text-field inside vaadin-form-layout, an unavailable field marked with
// `invalid` and `error-message` (`manual-validation`, so the component does not clear the product's own invalid state);
// buttons vaadin-button (a save in progress is the disabled "Saving..." button: Vaadin's button has no loading state);
// the blocking message vaadin-confirm-dialog ("for showing alerts and asking for user confirmation"); tables
// vaadin-grid (its `empty-state` slot for the empty list); cards vaadin-card; status the Lumo badge
// (`<span theme="badge error">`); icons vaadin-icon with @vaadin/icons; page layout vaadin-vertical-layout and
// vaadin-horizontal-layout. Vaadin has no in-page alert or callout component and no empty-state component: the
// product composes them from Lumo's utility classes (background, text colour, padding, radius), a vaadin-icon, a
// heading, text and a button, as a product on Vaadin does; it has no skeleton component either (that behaviour is left
// out, see cases/vaadin.ts). No roles or ARIA beyond the components' own and their docs'.
import '@vaadin/vaadin-lumo-styles/lumo.css';
import '@vaadin/vaadin-lumo-styles/utility.css';
import '@vaadin/vaadin-lumo-styles/vaadin-iconset.js';
import '@vaadin/button';
import '@vaadin/card';
import '@vaadin/confirm-dialog';
import '@vaadin/form-layout';
import '@vaadin/grid';
import '@vaadin/horizontal-layout';
import '@vaadin/icon';
import '@vaadin/icons';
import '@vaadin/progress-bar';
import '@vaadin/select';
import '@vaadin/text-field';
import '@vaadin/vertical-layout';
import { Notification } from '@vaadin/notification';
import type { ConfirmDialog } from '@vaadin/confirm-dialog';
import type { Grid } from '@vaadin/grid';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { Select } from '@vaadin/select';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

// The app's own styles: the shell and layout widths (Vaadin leaves page layout to the product).
const style = document.createElement('style');
style.textContent = `body { margin: 0; font-family: var(--lumo-font-family); color: var(--lumo-body-text-color); }
header { padding: var(--lumo-space-m) var(--lumo-space-l); border-bottom: 1px solid var(--lumo-contrast-10pct); font-weight: 600; }
.page { max-width: 960px; width: 100%; box-sizing: border-box; }
.expense { max-width: 480px; width: 100%; }
.callout { box-sizing: border-box; width: 100%; }
.callout vaadin-icon { flex: none; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: var(--lumo-space-m); width: 100%; }
.apps { max-width: 640px; width: 100%; }
.empty { text-align: center; width: 100%; }
h1 { margin: 0; font-size: var(--lumo-font-size-xxl); }`;
document.head.append(style);

type Tone = 'error' | 'warning' | 'success';
const iconFor: Record<Tone, string> = { error: 'vaadin:exclamation-circle', warning: 'vaadin:warning', success: 'vaadin:check-circle' };
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };

/**
 * An in-page message: Vaadin has no alert component, so the product composes one from Lumo's utility classes (the
 * tone's 10 % background and text colour, padding, a rounded corner) with the tone's vaadin-icon.
 */
const callout = (tone: Tone, text: string) =>
  `<div class="callout flex items-start gap-s p-m rounded-m bg-${tone}-10 text-${tone}"><vaadin-icon icon="${iconFor[tone]}"></vaadin-icon><span class="text-body">${text}</span></div>`;
const page = (html: string) => `<vaadin-vertical-layout class="page" theme="padding spacing">${html}</vaadin-vertical-layout>`;
const heading = (text: string) => `<h1>${text}</h1>`;

/** A short notification, as `Notification.show` gives it (bottom-start), in the tone's theme. */
const show = (tone: Tone, text: string, duration = 5000) => { Notification.show(text, { theme: tone, duration }); };

/**
 * An error or warning notification that stays until the user closes it: the element with a renderer, its text and
 * the close button of Vaadin's notification examples (a tertiary-inline button with the Lumo cross and its label).
 */
function stayingNotification(tone: Tone, text: string): void {
  const notification = document.createElement('vaadin-notification');
  notification.setAttribute('theme', tone);
  notification.duration = 0;
  notification.renderer = (root) => {
    if (root.firstElementChild) return;
    root.innerHTML = `<vaadin-horizontal-layout theme="spacing" style="align-items: center"><div>${text}</div><vaadin-button theme="tertiary-inline" aria-label="Close"><vaadin-icon icon="lumo:cross"></vaadin-icon></vaadin-button></vaadin-horizontal-layout>`;
    root.querySelector('vaadin-button')!.addEventListener('click', () => notification.close());
  };
  notification.addEventListener('closed', () => notification.remove());
  document.body.append(notification);
  notification.opened = true;
}

/**
 * The expense form: a vaadin-select for the payee (picked from QuickBooks), a text field for the amount, in a form
 * layout of one column, and the Create button. `invalid` marks the payee with the message; `saving` shows the
 * disabled "Saving..." button.
 */
function form(top = '', { invalid = false, saving = false, asForm = true } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const payee = invalid
    ? `<vaadin-select id="payee" label="Payee" invalid manual-validation error-message="${copy.fieldMessage}"></vaadin-select>`
    : '<vaadin-select id="payee" label="Payee"></vaadin-select>';
  const submit = saving
    ? '<vaadin-button theme="primary" disabled>Saving...</vaadin-button>'
    : `<vaadin-button theme="primary"${invalid ? ' disabled' : ''}>Create</vaadin-button>`;
  return page(`${heading('Create a QuickBooks expense')}<${tag} class="expense flex flex-col gap-m"${asForm ? ' aria-label="Create a QuickBooks expense"' : ''}>${top}
<vaadin-form-layout responsive-steps='[{"minWidth": 0, "columns": 1}]'>${payee}<vaadin-text-field label="Amount" id="amount"></vaadin-text-field></vaadin-form-layout>
<vaadin-horizontal-layout theme="spacing">${submit}</vaadin-horizontal-layout></${tag}>`);
}

/** The payee select's items, when QuickBooks answered (the pages where nothing marks the field). */
function payees(): void {
  const select = document.querySelector<Select>('#payee');
  if (select && !select.invalid) select.items = [{ label: 'Acme', value: 'acme' }, { label: 'Globex', value: 'globex' }];
}

/** A vaadin-grid with a text column per field, its rows set as items (the docs' array data provider). */
const grid = (id: string, columns: [path: string, header: string][], extra = '', theme = '') =>
  `<vaadin-grid id="${id}" all-rows-visible${theme ? ` theme="${theme}"` : ''} style="width: 100%">${columns.map(([path, header]) => `<vaadin-grid-column path="${path}" header="${header}"></vaadin-grid-column>`).join('')}${extra}</vaadin-grid>`;
const setItems = (id: string, items: object[]) => { (document.getElementById(id) as Grid).items = items; };

/** The product's unavailable panel: an icon, a heading, the explanation and a button, centred (no Vaadin component). */
const unavailable = (headingHtml: string, text: string, button: string) =>
  `<vaadin-vertical-layout class="empty" theme="padding spacing" style="align-items: center"><vaadin-icon icon="vaadin:unlink" style="width: 48px; height: 48px; color: var(--lumo-secondary-text-color)"></vaadin-icon>${headingHtml}<p class="text-secondary" style="margin: 0; max-width: 560px">${text}</p>${button}</vaadin-vertical-layout>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: form(), script: payees },
  'silent-retry': { html: form(), script: payees },
  'console-only': { html: form(), script: () => { payees(); later(30, () => console.error(copy.consoleError))(); } },
  'partly-worked': { title: 'Send invoice', html: form(callout('error', copy.partlyWorkedMessage)), script: payees },
  'partly-failed': { title: 'Send invoice', html: form(), script: () => { payees(); show('success', copy.partlySucceededMessage); } },
  'false-success': { html: form(), script: () => { payees(); show('success', copy.savedMessage); } },
  'false-success-worded': { title: 'Schedule meeting', html: page(heading('Schedule a meeting') + callout('success', copy.meetingMessage)) },
  'stuck-spinner': { html: page('<vaadin-progress-bar indeterminate></vaadin-progress-bar>') + form(), script: payees },
  'stuck-progress': {
    title: 'Import',
    html: page(`${heading('Importing QuickBooks customers')}<div style="width: 100%"><div class="text-secondary text-s">Importing customers (40%)</div><vaadin-progress-bar value="0.4"></vaadin-progress-bar></div>`),
  },
  'stuck-saving': { html: form('', { saving: true }), script: payees },
  'generic': { html: form(callout('error', copy.genericMessage)), script: payees },
  'error-code': { html: form(callout('error', copy.codeMessage)), script: payees },
  'false-empty': {
    title: 'Payees',
    html: page(heading('Choose a payee') + grid('payee-list', [['name', 'Payee'], ['email', 'Email']], `<div slot="empty-state" class="p-l text-secondary">${copy.noPayeesMessage}</div>`)),
    script: () => setItems('payee-list', []),
  },
  'third-party': { title: 'QuickBooks App Store', html: page(heading('QuickBooks App Store') + callout('error', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form('<div id="late"></div>'),
    script: () => { payees(); show('success', copy.savedMessage); later(1600, () => { document.getElementById('late')!.outerHTML = callout('error', copy.template); })(); },
  },
  'fault-not-reached': { html: form(callout('error', copy.template)), script: payees },
  'empty-full-page': {
    title: 'Invoices',
    html: page(unavailable(heading(copy.unavailableHeading), copy.loadTemplate, '<vaadin-button theme="primary">Try again</vaadin-button>')),
  },
  'empty-half-page': {
    title: 'Customer',
    html: page(`${heading('Customer: Acme')}<div class="cards"><vaadin-card theme="outlined" card-title="Contact details"><div>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</div></vaadin-card>
<vaadin-card theme="outlined" card-title="QuickBooks invoices">${unavailable('', copy.loadTemplate, '<vaadin-button>Try again</vaadin-button>')}</vaadin-card></div>`),
  },
  'contextual-alert': { html: form(callout('error', copy.template), { invalid: true }) },
  'alert-above-field': { html: form(callout('error', copy.template), { invalid: true, asForm: false }) },
  'contextual-warning': { html: form(callout('warning', copy.staleTemplate)), script: payees },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: page(`${heading('QuickBooks settings')}${callout('warning', copy.settingsWarning)}<vaadin-form-layout style="width: 100%; max-width: 480px" responsive-steps='[{"minWidth": 0, "columns": 1}]'>
<vaadin-select id="sync" label="Sync invoices"></vaadin-select><vaadin-text-field label="Invoice number prefix" value="INV-"></vaadin-text-field></vaadin-form-layout>
<vaadin-button theme="primary" disabled>Save</vaadin-button>`),
    script: () => { const sync = document.querySelector<Select>('#sync')!; sync.items = [{ label: 'Every hour', value: 'hourly' }, { label: 'Every day', value: 'daily' }]; sync.value = 'hourly'; },
  },
  'error-toast': { html: form(), script: () => { payees(); stayingNotification('error', copy.template); } },
  'toast-vanishes': { html: form(), script: () => { payees(); show('error', copy.template, 1000); } },
  'warning-toast': {
    title: 'Vendors',
    html: page(heading('Vendors') + grid('vendors', [['name', 'Vendor']])),
    script: () => { setItems('vendors', [{ name: 'Acme' }, { name: 'Globex' }]); show('warning', copy.staleTemplate, 8000); },
  },
  'dialog': {
    html: form() + `<vaadin-confirm-dialog id="failure" header="${copy.dialogTitle}" confirm-text="OK" no-close-on-esc>${copy.template}</vaadin-confirm-dialog>`,
    script: () => {
      payees();
      const dialog = document.querySelector<ConfirmDialog>('#failure')!;
      void customElements.whenDefined('vaadin-confirm-dialog').then(() => { dialog.opened = true; });
    },
  },
  'inline-other': { title: 'Reports', html: page(heading('Reports') + callout('error', copy.template) + '<p>Monthly totals</p>') },
  'workflow': {
    title: 'Workflow history',
    html: page(heading('Workflow history') + `<vaadin-grid id="runs" all-rows-visible theme="wrap-cell-content" style="width: 100%">
<vaadin-grid-column path="run" header="Run"></vaadin-grid-column><vaadin-grid-column id="status" header="Status" flex-grow="3"></vaadin-grid-column><vaadin-grid-column id="action" header="" flex-grow="0" width="110px"></vaadin-grid-column></vaadin-grid>`),
    script: () => {
      type Run = { run: string; failed: boolean };
      const status = document.getElementById('status') as GridColumn<Run>;
      status.renderer = (root, _column, model) => {
        root.innerHTML = model.item.failed ? `<span theme="badge error">Failed</span> ${copy.template}` : '<span theme="badge success">Succeeded</span>';
      };
      const action = document.getElementById('action') as GridColumn<Run>;
      action.renderer = (root, _column, model) => { root.innerHTML = model.item.failed ? '<vaadin-button theme="small">Retry</vaadin-button>' : ''; };
      setItems('runs', [{ run: 'Create QuickBooks invoice', failed: true }, { run: 'Create QuickBooks invoice', failed: false }]);
    },
  },
  'connection-status': {
    title: 'Connected apps',
    html: page(`${heading('Connected apps')}<vaadin-vertical-layout class="apps" theme="spacing">
<vaadin-card theme="outlined" style="width: 100%" card-title="Slack"><span slot="header-suffix" theme="badge success">Connected</span></vaadin-card>
<vaadin-card theme="outlined" style="width: 100%" card-title="QuickBooks"><span slot="header-suffix" theme="badge warning">${copy.connectionLostBadge}</span><div>${copy.connectionLostSentence}</div></vaadin-card></vaadin-vertical-layout>`),
  },
  'slow-then-toast': {
    html: `<div id="spin">${page('<vaadin-progress-bar indeterminate></vaadin-progress-bar>')}</div>${form()}`,
    script: () => { payees(); later(1300, () => { document.getElementById('spin')!.remove(); stayingNotification('error', copy.template); })(); },
  },
  'offscreen-alert': { html: `<div style="height:2400px">Expense policy and help text</div>${form(callout('error', copy.template), { invalid: true })}` },
};

mountHtml(pages);
