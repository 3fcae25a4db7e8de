// The gallery's pages in Ionic 8 (@ionic/core 8.8): Stencil web components, most rendering in shadow roots, used as
// plain custom elements the way Ionic documents its custom-elements build for bundlers: `initialize()` from
// @ionic/core/components, then `defineCustomElement()` of each component used, Ionic's global CSS (core, normalize,
// structure, typography and a few utilities) and Ionicons registered with `addIcons` (so nothing is fetched from a
// CDN). The app has Ionic's structure: ion-app with ion-header/ion-toolbar and the page in ion-content (Ionic's main
// region, `role="main"`).
// Components: ion-toast through toastController (color danger/warning/success with the matching icon; error and
// warning toasts stay until dismissed, success toasts 5 s, the vanishing toast 1 s), ion-alert through
// alertController for the blocking dialog, ion-loading through loadingController for the endless spinner,
// ion-spinner, ion-skeleton-text in an ion-list (the docs' skeleton list), ion-progress-bar, ion-input with
// error-text and the ion-invalid + ion-touched classes the docs say show it, ion-button (disabled, holding an
// ion-spinner while saving), ion-badge, ion-card, ion-list/ion-item, ion-toggle. Ionic has no inline alert, banner or
// empty-state component: messages in the page are colored ion-cards holding an icon and the text (Ionic's card colors),
// and the empty states are composed from an icon, a heading, text and an ion-button.
import '@ionic/core/css/core.css';
import '@ionic/core/css/normalize.css';
import '@ionic/core/css/structure.css';
import '@ionic/core/css/typography.css';
import '@ionic/core/css/padding.css';
import '@ionic/core/css/text-alignment.css';
import '@ionic/core/css/flex-utils.css';
import { alertController, initialize, loadingController, toastController } from '@ionic/core/components';
import { defineCustomElement as defineApp } from '@ionic/core/components/ion-app.js';
import { defineCustomElement as defineBadge } from '@ionic/core/components/ion-badge.js';
import { defineCustomElement as defineButton } from '@ionic/core/components/ion-button.js';
import { defineCustomElement as defineCard } from '@ionic/core/components/ion-card.js';
import { defineCustomElement as defineCardContent } from '@ionic/core/components/ion-card-content.js';
import { defineCustomElement as defineCardHeader } from '@ionic/core/components/ion-card-header.js';
import { defineCustomElement as defineCardTitle } from '@ionic/core/components/ion-card-title.js';
import { defineCustomElement as defineContent } from '@ionic/core/components/ion-content.js';
import { defineCustomElement as defineHeader } from '@ionic/core/components/ion-header.js';
import { defineCustomElement as defineInput } from '@ionic/core/components/ion-input.js';
import { defineCustomElement as defineItem } from '@ionic/core/components/ion-item.js';
import { defineCustomElement as defineLabel } from '@ionic/core/components/ion-label.js';
import { defineCustomElement as defineList } from '@ionic/core/components/ion-list.js';
import { defineCustomElement as defineListHeader } from '@ionic/core/components/ion-list-header.js';
import { defineCustomElement as defineProgressBar } from '@ionic/core/components/ion-progress-bar.js';
import { defineCustomElement as defineSkeletonText } from '@ionic/core/components/ion-skeleton-text.js';
import { defineCustomElement as defineSpinner } from '@ionic/core/components/ion-spinner.js';
import { defineCustomElement as defineTitle } from '@ionic/core/components/ion-title.js';
import { defineCustomElement as defineToggle } from '@ionic/core/components/ion-toggle.js';
import { defineCustomElement as defineToolbar } from '@ionic/core/components/ion-toolbar.js';
import { defineCustomElement as defineAlert } from '@ionic/core/components/ion-alert.js';
import { defineCustomElement as defineLoading } from '@ionic/core/components/ion-loading.js';
import { defineCustomElement as defineToast } from '@ionic/core/components/ion-toast.js';
import { addIcons } from 'ionicons';
import { defineCustomElement as defineIcon } from 'ionicons/components/ion-icon.js';
import { alertCircleOutline, checkmarkCircleOutline, cloudOfflineOutline, peopleOutline, warningOutline } from 'ionicons/icons';
import * as copy from './copy.ts';
import { mountHtml, type HtmlPage } from './mount.ts';

initialize();
for (const define of [defineApp, defineBadge, defineButton, defineCard, defineCardContent, defineCardHeader, defineCardTitle, defineContent, defineHeader, defineInput, defineItem, defineLabel, defineList, defineListHeader, defineProgressBar, defineSkeletonText, defineSpinner, defineTitle, defineToggle, defineToolbar, defineAlert, defineLoading, defineToast, defineIcon]) define();
addIcons({ 'alert-circle-outline': alertCircleOutline, 'checkmark-circle-outline': checkmarkCircleOutline, 'cloud-offline-outline': cloudOfflineOutline, 'people-outline': peopleOutline, 'warning-outline': warningOutline });

// The app's own styles: layout of the form, the cards holding a message, the empty states.
const style = document.createElement('style');
style.textContent = `.expense { display: flex; flex-direction: column; gap: 16px; max-width: 480px; }
.expense ion-card { margin: 0; }
.message { display: flex; align-items: flex-start; gap: 12px; font-size: 15px; }
.message ion-icon { font-size: 24px; flex: none; }
.empty { text-align: center; padding: 48px 16px; }
.empty ion-icon { font-size: 64px; color: var(--ion-color-medium); }
.cards { display: grid; grid-template-columns: 1fr 1fr; align-items: start; }
.apps { max-width: 640px; }
.app { display: flex; align-items: center; gap: 8px; }`;
document.head.append(style);

type Color = 'danger' | 'warning' | 'success';
const iconFor: Record<Color, string> = { danger: 'alert-circle-outline', warning: 'warning-outline', success: 'checkmark-circle-outline' };
const later = (ms: number, run: () => void) => () => { setTimeout(run, ms); };

/** A message in the page: an ion-card in the color's palette, its icon (decorative, hidden as Ionicons' docs ask) and the text. */
const message = (color: Color, text: string) => `<ion-card color="${color}"><ion-card-content class="message"><ion-icon name="${iconFor[color]}" aria-hidden="true"></ion-icon><div>${text}</div></ion-card-content></ion-card>`;

/**
 * Presents a toast through toastController (Ionic's documented way): its color and icon; error and warning toasts
 * stay until the user dismisses them (no `duration`, a "Dismiss" cancel button), success toasts hide after 5 s.
 */
async function toast(color: Color, text: string, duration?: number): Promise<void> {
  const sticky = duration === undefined && color !== 'success';
  const shown = await toastController.create({
    message: text,
    color,
    icon: iconFor[color],
    duration: duration ?? (sticky ? 0 : 5000),
    buttons: sticky ? [{ text: 'Dismiss', role: 'cancel' }] : undefined,
  });
  await shown.present();
}
const toastOnMount = (color: Color, text: string, duration?: number) => () => void toast(color, text, duration);

/** The expense form; `invalid` gives the payee its error text and the ion-invalid + ion-touched classes that show it. */
function form(top = '', { invalid = false, saving = false, asForm = true } = {}): string {
  const tag = asForm ? 'form' : 'div';
  const payee = invalid
    ? `<ion-input id="payee" name="payee" label="Payee" label-placement="stacked" fill="outline" class="ion-invalid ion-touched" error-text="${copy.fieldMessage}"></ion-input>`
    : '<ion-input id="payee" name="payee" label="Payee" label-placement="stacked" fill="outline"></ion-input>';
  const submit = saving
    ? '<ion-button type="submit" disabled><ion-spinner slot="start" name="crescent"></ion-spinner>Saving...</ion-button>'
    : `<ion-button type="submit"${invalid ? ' disabled' : ''}>Create</ion-button>`;
  return `<h1>Create a QuickBooks expense</h1><${tag} class="expense"${asForm ? ' aria-label="Create a QuickBooks expense"' : ''}>${top}
${payee}<ion-input id="amount" name="amount" label="Amount" label-placement="stacked" fill="outline" type="number"></ion-input><div>${submit}</div></${tag}>`;
}

const heading = (text: string) => `<h1>${text}</h1>`;
const list = (items: string[]) => `<ion-list>${items.map((i) => `<ion-item><ion-label>${i}</ion-label></ion-item>`).join('')}</ion-list>`;
const skeletonRow = (width: string) => `<ion-item><ion-label><h3><ion-skeleton-text animated style="width: ${width}"></ion-skeleton-text></h3><p><ion-skeleton-text animated style="width: 60%"></ion-skeleton-text></p></ion-label></ion-item>`;

const pages: Record<string, HtmlPage> = {
  'silent': { html: form() },
  'silent-retry': { html: form() },
  'console-only': { html: form(), script: later(30, () => console.error(copy.consoleError)) },
  'partly-worked': { title: 'Send invoice', html: form(message('danger', copy.partlyWorkedMessage)) },
  'partly-failed': { title: 'Send invoice', html: form(), script: toastOnMount('success', copy.partlySucceededMessage) },
  'false-success': { html: form(), script: toastOnMount('success', copy.savedMessage) },
  'false-success-worded': { title: 'Schedule meeting', html: heading('Schedule a meeting') + message('success', copy.meetingMessage) },
  // Ionic's loading overlay (loadingController), presented while the payees load; it is never dismissed.
  'stuck-spinner': { html: form(), script: () => void loadingController.create({ message: 'Loading...' }).then((l) => l.present()) },
  'stuck-progress': { title: 'Import', html: heading('Importing QuickBooks customers') + '<ion-progress-bar value="0.4"></ion-progress-bar>' },
  'stuck-saving': { html: form('', { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    html: heading('QuickBooks invoices') + `<ion-list><ion-list-header><ion-skeleton-text animated style="width: 120px"></ion-skeleton-text></ion-list-header>${['80%', '70%', '90%', '60%'].map(skeletonRow).join('')}</ion-list>`,
  },
  'generic': { html: form(message('danger', copy.genericMessage)) },
  'error-code': { html: form(message('danger', copy.codeMessage)) },
  'false-empty': { html: heading('Choose a payee') + `<div class="empty"><ion-icon name="people-outline" aria-hidden="true"></ion-icon><p>${copy.noPayeesMessage}</p></div>` },
  'third-party': { title: 'QuickBooks App Store', html: heading('QuickBooks App Store') + message('danger', copy.thirdPartyMessage) },
  'success-then-error': {
    html: form('<div id="late"></div>'),
    script: () => { void toast('success', copy.savedMessage); later(1600, () => { document.getElementById('late')!.outerHTML = message('danger', copy.template); })(); },
  },
  'fault-not-reached': { html: form(message('danger', copy.template)) },
  'empty-full-page': {
    title: 'Invoices',
    html: `<div class="empty"><ion-icon name="cloud-offline-outline" aria-hidden="true"></ion-icon><h1>${copy.unavailableHeading}</h1><p>${copy.loadTemplate}</p><ion-button>Try again</ion-button></div>`,
  },
  'empty-half-page': {
    title: 'Customer',
    html: `${heading('Customer: Acme')}<div class="cards"><ion-card><ion-card-header><ion-card-title>Contact details</ion-card-title></ion-card-header><ion-card-content>Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.</ion-card-content></ion-card>
<ion-card><ion-card-header><ion-card-title>QuickBooks invoices</ion-card-title></ion-card-header><ion-card-content><div class="empty"><ion-icon name="cloud-offline-outline" aria-hidden="true"></ion-icon><p>${copy.loadTemplate}</p><ion-button fill="outline">Try again</ion-button></div></ion-card-content></ion-card></div>`,
  },
  'contextual-alert': { html: form(message('danger', copy.template), { invalid: true }) },
  'alert-above-field': { html: form(message('danger', copy.template), { invalid: true, asForm: false }) },
  'contextual-warning': { html: form(message('warning', copy.staleTemplate)) },
  'settings-warning': {
    title: 'QuickBooks settings',
    html: heading('QuickBooks settings') + message('warning', copy.settingsWarning) + '<ion-list><ion-item><ion-toggle checked>Sync invoices</ion-toggle></ion-item></ion-list><ion-button disabled>Save</ion-button>',
  },
  'error-toast': { html: form(), script: toastOnMount('danger', copy.template) },
  'toast-vanishes': { html: form(), script: toastOnMount('danger', copy.template, 1000) },
  'warning-toast': { title: 'Vendors', html: heading('Vendors') + list(['Acme', 'Globex']), script: toastOnMount('warning', copy.staleTemplate) },
  'dialog': {
    html: form(),
    // ion-alert through alertController: the user has to read it and press OK (no dismissal on a backdrop click).
    script: () => void alertController.create({ header: copy.dialogTitle, message: copy.template, buttons: ['OK'], backdropDismiss: false }).then((a) => a.present()),
  },
  'inline-other': { title: 'Reports', html: heading('Reports') + message('danger', copy.template) + '<p>Monthly totals</p>' },
  'workflow': {
    title: 'Workflow history',
    html: `${heading('Workflow history')}<ion-list>
<ion-item><ion-label class="ion-text-wrap"><h2>Create QuickBooks invoice</h2><p>${copy.template}</p></ion-label><ion-badge slot="end" color="danger">Failed</ion-badge><ion-button slot="end" fill="outline" size="small">Retry</ion-button></ion-item>
<ion-item><ion-label><h2>Create QuickBooks invoice</h2></ion-label><ion-badge slot="end" color="success">Succeeded</ion-badge></ion-item></ion-list>`,
  },
  'connection-status': {
    title: 'Connected apps',
    html: `${heading('Connected apps')}<div class="apps"><ion-card><ion-card-header><div class="app"><ion-card-title>Slack</ion-card-title><ion-badge color="success">Connected</ion-badge></div></ion-card-header></ion-card>
<ion-card><ion-card-header><div class="app"><ion-card-title>QuickBooks</ion-card-title><ion-badge color="warning">${copy.connectionLostBadge}</ion-badge></div></ion-card-header><ion-card-content>${copy.connectionLostSentence}</ion-card-content></ion-card></div>`,
  },
  'slow-then-toast': {
    html: '<div id="spin" class="ion-text-center"><ion-spinner></ion-spinner></div>' + form(),
    script: later(1300, () => { document.getElementById('spin')!.remove(); void toast('danger', copy.template); }),
  },
  'offscreen-alert': { html: '<div style="height:2400px">Expense policy and help text</div>' + form(message('danger', copy.template), { invalid: true }) },
};

/** Ionic's app structure: ion-app, a header with the product's name, the page in ion-content (the main region). */
const shell = (html: string) => `<ion-app><ion-header><ion-toolbar><ion-title>Integrations Hub</ion-title></ion-toolbar></ion-header>
<ion-content class="ion-padding">${html}</ion-content></ion-app>`;

mountHtml(pages, () => {}, shell);
