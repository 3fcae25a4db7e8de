// The gallery's pages in Shoelace 2 (@shoelace-style/shoelace): web components with shadow roots, used from plain
// HTML as its docs show for bundlers (cherry-picked component imports and the light theme). Alerts are sl-alert
// (`open` in the page, `toast()` for toasts, which moves the alert into Shoelace's toast stack), sl-spinner,
// sl-skeleton, sl-progress-bar, sl-dialog, sl-input with Shoelace's form validation (setCustomValidity, the
// `data-invalid` attribute it reflects, help text), sl-button `loading`, sl-badge, sl-card, sl-switch, sl-icon; tables
// are plain tables. Shoelace has no empty-state component: those are composed from a heading, text, icon and button.
import '@shoelace-style/shoelace/dist/themes/light.css';
import '@shoelace-style/shoelace/dist/components/alert/alert.js';
import '@shoelace-style/shoelace/dist/components/badge/badge.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/progress-bar/progress-bar.js';
import '@shoelace-style/shoelace/dist/components/skeleton/skeleton.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import { registerIconLibrary } from '@shoelace-style/shoelace/dist/utilities/icon-library.js';
import type SlAlert from '@shoelace-style/shoelace/dist/components/alert/alert.js';
import type SlDialog from '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import type SlInput from '@shoelace-style/shoelace/dist/components/input/input.js';
// The gallery is served offline: the few Bootstrap Icons the pages use are copied into the build (the package does
// not export its assets folder, which its docs say to copy), and the default icon library
// resolves to them (Shoelace's "Customizing the Default Library") instead of the CDN base path.
import checkIcon from '../../../node_modules/@shoelace-style/shoelace/dist/assets/icons/check2-circle.svg';
import cloudIcon from '../../../node_modules/@shoelace-style/shoelace/dist/assets/icons/cloud-slash.svg';
import dangerIcon from '../../../node_modules/@shoelace-style/shoelace/dist/assets/icons/exclamation-octagon.svg';
import warningIcon from '../../../node_modules/@shoelace-style/shoelace/dist/assets/icons/exclamation-triangle.svg';
import peopleIcon from '../../../node_modules/@shoelace-style/shoelace/dist/assets/icons/people.svg';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

const icons: Record<string, string> = { 'check2-circle': checkIcon, 'cloud-slash': cloudIcon, 'exclamation-octagon': dangerIcon, 'exclamation-triangle': warningIcon, 'people': peopleIcon };
registerIconLibrary('default', { resolver: (name) => icons[name] ?? '' });

// The app's own styles: layout, and Shoelace's documented styling of an invalid control (`data-invalid` parts).
const style = document.createElement('style');
style.textContent = `body { font-family: var(--sl-font-sans); margin: 0; }
header { padding: 12px 24px; border-bottom: 1px solid var(--sl-color-neutral-200); font-weight: 600; }
.page { padding: 16px 24px; max-width: 960px; }
.expense { display: flex; flex-direction: column; gap: 16px; max-width: 480px; }
sl-input[data-invalid]::part(base) { border-color: var(--sl-color-danger-600); }
sl-input[data-invalid]::part(form-control-help-text) { color: var(--sl-color-danger-700); }
.empty { text-align: center; padding: 48px 16px; }
.empty sl-icon { font-size: 3rem; color: var(--sl-color-neutral-500); }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.apps { display: flex; flex-direction: column; gap: 12px; max-width: 640px; }
.app { display: flex; align-items: center; gap: 8px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 8px; border-bottom: 1px solid var(--sl-color-neutral-200); }`;
document.head.append(style);

type Variant = 'danger' | 'warning' | 'success';
const iconFor: Record<Variant, string> = { danger: 'exclamation-octagon', warning: 'exclamation-triangle', success: 'check2-circle' };
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };

/** An alert shown in the page (`open`), with the variant's icon, as in Shoelace's alert examples. */
const alert = (variant: Variant, text: string) => `<sl-alert variant="${variant}" open><sl-icon slot="icon" name="${iconFor[variant]}"></sl-icon>${text}</sl-alert>`;

/**
 * Shows `text` as a toast: the docs' imperative `notify()` helper (an sl-alert appended to <body>, then `toast()`,
 * which moves it into the toast stack and hides it after `duration` ms).
 */
function notify(variant: Variant, text: string, duration = 8000): void {
  const toast = Object.assign(document.createElement('sl-alert') as SlAlert, { variant, closable: true, duration, innerHTML: `<sl-icon slot="icon" name="${iconFor[variant]}"></sl-icon>${text}` });
  document.body.append(toast);
  void customElements.whenDefined('sl-alert').then(() => toast.toast());
}
const toastOnMount = (variant: Variant, text: string, duration?: number) => () => notify(variant, text, duration);

/** The expense form; `invalid` gives the payee Shoelace's custom validity and the message as its help text. */
function form(top = '', { invalid = false, saving = false, asForm = true } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const payee = invalid ? `<sl-input id="payee" name="payee" label="Payee" help-text="${copy.fieldMessage}"></sl-input>` : '<sl-input id="payee" name="payee" label="Payee"></sl-input>';
  const submit = saving
    ? '<sl-button type="submit" variant="primary" loading disabled>Saving...</sl-button>'
    : `<sl-button type="submit" variant="primary"${invalid ? ' disabled' : ''}>Create</sl-button>`;
  return `<div class="page"><h1>Create a QuickBooks expense</h1><${tag} class="expense"${asForm ? ' aria-label="Create a QuickBooks expense"' : ''}>${top}
${payee}<sl-input id="amount" name="amount" label="Amount"></sl-input><div>${submit}</div></${tag}></div>`;
}

/** Marks the payee invalid the documented way: `setCustomValidity` once the component has rendered. */
function invalidPayee(): void {
  const input = document.querySelector<SlInput>('#payee')!;
  void customElements.whenDefined('sl-input').then(() => input.updateComplete).then(() => input.setCustomValidity(copy.fieldMessage));
}

const page = (html: string) => `<div class="page">${html}</div>`;
const heading = (text: string) => `<h1>${text}</h1>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: form(alert('danger', copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form(), script: toastOnMount('success', copy.partlySucceededMessage) },
  'false-success': { html: form(), script: toastOnMount('success', copy.savedMessage) },
  'false-success-worded': { title: 'Schedule meeting', html: page(heading('Schedule a meeting') + alert('success', copy.meetingMessage)) },
  'stuck-spinner': { html: '<div class="page"><sl-spinner style="font-size: 2rem"></sl-spinner></div>' + form() },
  'stuck-progress': { title: 'Import', html: page(heading('Importing QuickBooks customers') + '<sl-progress-bar value="40" label="Import progress">40%</sl-progress-bar>') },
  'stuck-saving': { html: form('', { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    html: page(heading('QuickBooks invoices') + '<sl-card style="width: 100%"><sl-skeleton effect="sheen" style="width: 50%"></sl-skeleton><br><sl-skeleton effect="sheen"></sl-skeleton><br><sl-skeleton effect="sheen" style="width: 70%"></sl-skeleton><br><sl-skeleton effect="sheen" style="width: 80%"></sl-skeleton></sl-card>'),
  },
  'generic': { html: form(alert('danger', copy.genericMessage)) },
  'error-code': { html: form(alert('danger', copy.codeMessage)) },
  'false-empty': { html: page(heading('Choose a payee') + `<div class="empty"><sl-icon name="people"></sl-icon><p>${copy.noPayeesMessage}</p></div>`) },
  'third-party': { title: 'QuickBooks App Store', html: page(heading('QuickBooks App Store') + alert('danger', copy.thirdPartyMessage)) },
  'success-then-error': {
    html: form('<div id="late"></div>'),
    script: () => { notify('success', copy.savedMessage); later(1600, () => { document.getElementById('late')!.outerHTML = alert('danger', copy.template); })(); },
  },
  'fault-not-reached': { html: form(alert('danger', copy.template)) },
  'empty-full-page': {
    title: 'Invoices',
    html: page(`<div class="empty"><sl-icon name="cloud-slash"></sl-icon><h1>${copy.unavailableHeading}</h1><p>${copy.loadTemplate}</p><sl-button variant="primary">Try again</sl-button></div>`),
  },
  'empty-half-page': {
    title: 'Customer',
    html: page(`${heading('Customer: Acme')}<div class="cards"><sl-card><strong slot="header">Contact details</strong>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</sl-card>
<sl-card><strong slot="header">QuickBooks invoices</strong><div class="empty"><sl-icon name="cloud-slash"></sl-icon><p>${copy.loadTemplate}</p><sl-button>Try again</sl-button></div></sl-card></div>`),
  },
  'contextual-alert': { html: form(alert('danger', copy.template), { invalid: true }), script: invalidPayee },
  'alert-above-field': { html: form(alert('danger', copy.template), { invalid: true, asForm: false }), script: invalidPayee },
  'contextual-warning': { html: form(alert('warning', copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: page(heading('QuickBooks settings') + alert('warning', copy.settingsWarning) + '<p><sl-switch checked>Sync invoices</sl-switch></p><sl-button variant="primary" disabled>Save</sl-button>'),
  },
  'error-toast': { html: form(), script: toastOnMount('danger', copy.template) },
  'toast-vanishes': { html: form(), script: toastOnMount('danger', copy.template, 1000) },
  'warning-toast': { title: 'Vendors', html: page(heading('Vendors') + '<table><thead><tr><th>Vendor</th></tr></thead><tbody><tr><td>Acme</td></tr><tr><td>Globex</td></tr></tbody></table>'), script: toastOnMount('warning', copy.staleTemplate) },
  'dialog': {
    html: form() + `<sl-dialog id="failure" label="${copy.dialogTitle}">${copy.template}<sl-button slot="footer" variant="primary">OK</sl-button></sl-dialog>`,
    script: () => {
      const dialog = document.querySelector<SlDialog>('#failure')!;
      // The docs' "Preventing the Dialog from Closing": the user has to read it and press OK.
      dialog.addEventListener('sl-request-close', (event) => { if ((event as CustomEvent<{ source: string }>).detail.source === 'overlay') event.preventDefault(); });
      dialog.querySelector('sl-button')!.addEventListener('click', () => void dialog.hide());
      void customElements.whenDefined('sl-dialog').then(() => dialog.show());
    },
  },
  'inline-other': { title: 'Reports', html: page(heading('Reports') + alert('danger', copy.template) + '<p>Monthly totals</p>') },
  'workflow': {
    title: 'Workflow history',
    html: page(`${heading('Workflow history')}<table><thead><tr><th>Run</th><th>Status</th><th></th></tr></thead><tbody>
<tr><td>Create QuickBooks invoice</td><td><sl-badge variant="danger">Failed</sl-badge> ${copy.template}</td><td><sl-button size="small">Retry</sl-button></td></tr>
<tr><td>Create QuickBooks invoice</td><td><sl-badge variant="success">Succeeded</sl-badge></td><td></td></tr></tbody></table>`),
  },
  'connection-status': {
    title: 'Connected apps',
    html: page(`${heading('Connected apps')}<div class="apps"><sl-card><div class="app"><strong>Slack</strong><sl-badge variant="success" pill>Connected</sl-badge></div></sl-card>
<sl-card><div class="app"><strong>QuickBooks</strong><sl-badge variant="warning" pill>${copy.connectionLostBadge}</sl-badge></div><p>${copy.connectionLostSentence}</p></sl-card></div>`),
  },
  'slow-then-toast': {
    html: '<div class="page" id="spin"><sl-spinner style="font-size: 2rem"></sl-spinner></div>' + form(),
    script: later(1300, () => { document.getElementById('spin')!.remove(); notify('danger', copy.template); }),
  },
  'offscreen-alert': { html: '<div style="height:2400px">Expense policy and help text</div>' + form(alert('danger', copy.template), { invalid: true }), script: invalidPayee },
};

mountHtml(pages);
