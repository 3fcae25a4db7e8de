// The gallery's pages in UI5 Web Components 2 (@ui5/webcomponents and @ui5/webcomponents-fiori, SAP's Fiori design
// system as web components with shadow roots), used from plain HTML as the docs show (one ES module import per
// component, the default sap_horizon theme). Alerts are ui5-message-strip (design Negative, Critical, Positive), the
// temporary messages ui5-toast (`open`, `duration`; UI5's usage notes reserve it for success and information, a
// product showing an error there is what the error-toast pages render), the busy state ui5-busy-indicator (`active`,
// its default 1 s delay), progress ui5-progress-indicator, the blocking message ui5-dialog (`state`, header text,
// footer buttons), form fields ui5-label and ui5-input with `value-state="Negative"` and the valueStateMessage slot
// (which UI5 shows as a popup under the field while it has focus), buttons ui5-button (`loading`), status ui5-tag,
// tables ui5-table with its header row and rows, cards ui5-card with ui5-card-header (UI5 has no skeleton
// component: the skeleton page shows a card's documented `loading` state over the content it waits to fill),
// ui5-switch, headings ui5-title, and the empty states fiori's ui5-illustrated-message with its UnableToLoad and
// NoEntries illustrations. The gallery is served offline: UI5's default font loading (the 72 font from a CDN) is
// turned off with its documented setting and the product serves the font itself.
import { setDefaultFontLoading } from '@ui5/webcomponents-base/dist/config/Fonts.js';
import '@ui5/webcomponents/dist/BusyIndicator.js';
import '@ui5/webcomponents/dist/Button.js';
import '@ui5/webcomponents/dist/Card.js';
import '@ui5/webcomponents/dist/CardHeader.js';
import '@ui5/webcomponents/dist/Dialog.js';
import '@ui5/webcomponents/dist/Input.js';
import '@ui5/webcomponents/dist/Label.js';
import '@ui5/webcomponents/dist/MessageStrip.js';
import '@ui5/webcomponents/dist/ProgressIndicator.js';
import '@ui5/webcomponents/dist/Switch.js';
import '@ui5/webcomponents/dist/Table.js';
import '@ui5/webcomponents/dist/TableCell.js';
import '@ui5/webcomponents/dist/TableHeaderCell.js';
import '@ui5/webcomponents/dist/TableHeaderRow.js';
import '@ui5/webcomponents/dist/TableRow.js';
import '@ui5/webcomponents/dist/Tag.js';
import '@ui5/webcomponents/dist/Title.js';
import '@ui5/webcomponents/dist/Toast.js';
import '@ui5/webcomponents-fiori/dist/IllustratedMessage.js';
import '@ui5/webcomponents-fiori/dist/illustrations/NoEntries.js';
import '@ui5/webcomponents-fiori/dist/illustrations/UnableToLoad.js';
import type Dialog from '@ui5/webcomponents/dist/Dialog.js';
import type Toast from '@ui5/webcomponents/dist/Toast.js';
import font72Bold from '../../../node_modules/@sap-theming/theming-base-content/content/Base/baseLib/baseTheme/fonts/72-Bold.woff2';
import font72 from '../../../node_modules/@sap-theming/theming-base-content/content/Base/baseLib/baseTheme/fonts/72-Regular.woff2';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

// "When set to false, default font faces are not fetched automatically and must be managed separately" (the
// defaultFontLoading setting): the product's own @font-face rules below serve the 72 font from its origin.
setDefaultFontLoading(false);

// The app's own styles: the 72 font, layout (UI5 leaves page layout to the product).
const style = document.createElement('style');
style.textContent = `@font-face { font-family: "72"; font-weight: 400; src: url(${font72}) format("woff2"); }
@font-face { font-family: "72"; font-weight: 700; src: url(${font72Bold}) format("woff2"); }
@font-face { font-family: "72-Bold"; src: url(${font72Bold}) format("woff2"); }
body { font-family: var(--sapFontFamily); background: var(--sapBackgroundColor); color: var(--sapTextColor); margin: 0; }
header { padding: 12px 24px; background: var(--sapShellColor); border-bottom: 1px solid var(--sapGroup_TitleBorderColor); font-weight: 700; }
.page { padding: 16px 24px; max-width: 960px; display: flex; flex-direction: column; gap: 16px; align-items: flex-start; }
.page > * { align-self: stretch; }
.expense { display: flex; flex-direction: column; gap: 8px; max-width: 480px; }
.expense ui5-input { width: 100%; }
.actions { margin-top: 8px; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.card-content { padding: 16px; }
.waiting { height: 160px; }
.apps { display: flex; flex-direction: column; gap: 12px; max-width: 640px; }
.app { display: flex; align-items: center; gap: 8px; padding: 16px; }
.app + .card-content { padding-top: 0; }
.setting { display: flex; align-items: center; gap: 8px; }`;
document.head.append(style);

type Design = 'Negative' | 'Critical' | 'Positive';
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };

/** A message strip in the page, as in UI5's MessageStrip samples. */
const strip = (design: Design, text: string) => `<ui5-message-strip design="${design}">${text}</ui5-message-strip>`;
const title = (text: string) => `<ui5-title level="H1">${text}</ui5-title>`;
const page = (html: string) => `<div class="page">${html}</div>`;

/** A ui5-toast in the page's markup, as in the Toast samples; `showToast` opens it. */
const toastMarkup = (text: string, duration = 8000) => `<ui5-toast id="toast" duration="${duration}">${text}</ui5-toast>`;
/** Opens the page's toast (`open`, as the samples' buttons do); it closes itself after its duration. */
function showToast(): void {
  const element = document.getElementById('toast') as Toast;
  void customElements.whenDefined('ui5-toast').then(() => { element.open = true; });
}

/**
 * The expense form; `invalid` gives the payee UI5's Negative value state with the message in its
 * valueStateMessage slot, and disables Create.
 */
function form(top = '', { invalid = false, saving = false, asForm = true } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const payee = invalid
    ? `<ui5-input id="payee" name="payee" value-state="Negative"><div slot="valueStateMessage">${copy.fieldMessage}</div></ui5-input>`
    : '<ui5-input id="payee" name="payee"></ui5-input>';
  const submit = saving
    ? '<ui5-button design="Emphasized" loading disabled>Saving...</ui5-button>'
    : `<ui5-button design="Emphasized" type="Submit"${invalid ? ' disabled' : ''}>Create</ui5-button>`;
  return page(`${title('Create a QuickBooks expense')}<${tag} class="expense"${asForm ? ' aria-label="Create a QuickBooks expense"' : ''}>${top}
<ui5-label for="payee" show-colon>Payee</ui5-label>${payee}<ui5-label for="amount" show-colon>Amount</ui5-label><ui5-input id="amount" name="amount" type="Number"></ui5-input>
<div class="actions">${submit}</div></${tag}>`);
}

/** A ui5-table of `columns` with `rows` (cells' markup). */
function table(columns: string[], rows: string[][], attributes = ''): string {
  const header = `<ui5-table-header-row slot="headerRow">${columns.map((c) => `<ui5-table-header-cell>${c}</ui5-table-header-cell>`).join('')}</ui5-table-header-row>`;
  return `<ui5-table${attributes}>${header}${rows.map((r) => `<ui5-table-row>${r.map((c) => `<ui5-table-cell>${c}</ui5-table-cell>`).join('')}</ui5-table-row>`).join('')}</ui5-table>`;
}

const [noPayeesTitle, noPayeesSubtitle] = copy.noPayeesMessage.split(/(?<=\.) /);

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: form(strip('Negative', copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form() + toastMarkup(copy.partlySucceededMessage, 3000), script: () => showToast() },
  'false-success': { html: form() + toastMarkup(copy.savedMessage, 3000), script: () => showToast() },
  'false-success-worded': { title: 'Schedule meeting', html: page(title('Schedule a meeting') + strip('Positive', copy.meetingMessage)) },
  'stuck-spinner': { html: page('<ui5-busy-indicator active size="L"></ui5-busy-indicator>') + form() },
  'stuck-progress': { title: 'Import', html: page(title('Importing QuickBooks customers') + '<ui5-progress-indicator value="40" accessible-name="Import progress"></ui5-progress-indicator>') },
  'stuck-saving': { html: form('', { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', html: page(title('QuickBooks invoices') + '<ui5-card loading><ui5-card-header slot="header" title-text="Invoices"></ui5-card-header><div class="waiting"></div></ui5-card>') },
  'generic': { html: form(strip('Negative', copy.genericMessage)) },
  'error-code': { html: form(strip('Negative', copy.codeMessage)) },
  'false-empty': {
    html: page(title('Choose a payee') + `<ui5-illustrated-message name="NoEntries" title-text="${noPayeesTitle}" subtitle-text="${noPayeesSubtitle}"></ui5-illustrated-message>`),
  },
  'third-party': { title: 'QuickBooks App Store', html: page(title('QuickBooks App Store') + strip('Negative', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form('<div id="late"></div>') + toastMarkup(copy.savedMessage, 3000),
    script: () => { showToast(); later(1600, () => { document.getElementById('late')!.outerHTML = strip('Negative', copy.template); })(); },
  },
  'fault-not-reached': { html: form(strip('Negative', copy.template)) },
  'empty-full-page': {
    title: 'Invoices',
    html: page(`<ui5-illustrated-message name="UnableToLoad" title-text="${copy.unavailableHeading}" subtitle-text="${copy.loadTemplate}"><ui5-button design="Emphasized">Try again</ui5-button></ui5-illustrated-message>`),
  },
  'empty-half-page': {
    title: 'Customer',
    html: page(`${title('Customer: Acme')}<div class="cards"><ui5-card><ui5-card-header slot="header" title-text="Contact details"></ui5-card-header><div class="card-content">Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</div></ui5-card>
<ui5-card><ui5-card-header slot="header" title-text="QuickBooks invoices"></ui5-card-header><ui5-illustrated-message name="UnableToLoad" design="Spot" subtitle-text="${copy.loadTemplate}"><ui5-button>Try again</ui5-button></ui5-illustrated-message></ui5-card></div>`),
  },
  'contextual-alert': { html: form(strip('Negative', copy.template), { invalid: true }) },
  'alert-above-field': { html: form(strip('Negative', copy.template), { invalid: true, asForm: false }) },
  'contextual-warning': { html: form(strip('Critical', copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: page(title('QuickBooks settings') + strip('Critical', copy.settingsWarning) + '<div class="setting"><ui5-switch id="sync" checked></ui5-switch><ui5-label for="sync">Sync invoices</ui5-label></div><div><ui5-button design="Emphasized" disabled>Save</ui5-button></div>'),
  },
  'error-toast': { html: form() + toastMarkup(copy.template), script: () => showToast() },
  'toast-vanishes': { html: form() + toastMarkup(copy.template, 1000), script: () => showToast() },
  'warning-toast': { title: 'Vendors', html: page(title('Vendors') + table(['Vendor'], [['Acme'], ['Globex']])) + toastMarkup(copy.staleTemplate), script: () => showToast() },
  'dialog': {
    html: form() + `<ui5-dialog id="failure" header-text="${copy.dialogTitle}" state="Negative"><p>${copy.template}</p><div slot="footer"><ui5-button design="Emphasized">OK</ui5-button></div></ui5-dialog>`,
    script: () => {
      const dialog = document.querySelector<Dialog>('#failure')!;
      // The user has to read it and press OK: Escape is refused (the before-close event, prevented).
      dialog.addEventListener('before-close', (event) => { if ((event as CustomEvent<{ escPressed: boolean }>).detail.escPressed) event.preventDefault(); });
      dialog.querySelector('ui5-button')!.addEventListener('click', () => { dialog.open = false; });
      void customElements.whenDefined('ui5-dialog').then(() => { dialog.open = true; });
    },
  },
  'inline-other': { title: 'Reports', html: page(title('Reports') + strip('Negative', copy.template) + '<p>Monthly totals</p>') },
  'workflow': {
    title: 'Workflow history',
    html: page(title('Workflow history') + table(['Run', 'Status', ''], [
      ['Create QuickBooks invoice', `<ui5-tag design="Negative">Failed</ui5-tag> ${copy.template}`, '<ui5-button>Retry</ui5-button>'],
      ['Create QuickBooks invoice', '<ui5-tag design="Positive">Succeeded</ui5-tag>', ''],
    ])),
  },
  'connection-status': {
    title: 'Connected apps',
    html: page(`${title('Connected apps')}<div class="apps"><ui5-card><div class="app"><ui5-title level="H5">Slack</ui5-title><ui5-tag design="Positive">Connected</ui5-tag></div></ui5-card>
<ui5-card><div class="app"><ui5-title level="H5">QuickBooks</ui5-title><ui5-tag design="Critical">${copy.connectionLostBadge}</ui5-tag></div><div class="card-content">${copy.connectionLostSentence}</div></ui5-card></div>`),
  },
  'slow-then-toast': {
    html: `<div class="page" id="spin"><ui5-busy-indicator active size="L"></ui5-busy-indicator></div>${form()}${toastMarkup(copy.template)}`,
    script: later(1300, () => { document.getElementById('spin')!.remove(); showToast(); }),
  },
  'offscreen-alert': { html: `<div style="height:2400px">Expense policy and help text</div>${form(strip('Negative', copy.template), { invalid: true })}` },
};

mountHtml(pages);
