// The gallery's pages rendered with Blueprint 6 (@blueprintjs/core): Callout, OverlayToaster (Toast), Spinner,
// Classes.SKELETON, ProgressBar, Dialog, Alert, FormGroup + InputGroup, Button, Tag, NonIdealState, Card, HTMLTable.
import { useEffect, type ReactNode } from 'react';
import {
  Alert, Button, Callout, Card, Classes, Dialog, DialogBody, DialogFooter, FormGroup, H3, H4, HTMLTable, InputGroup,
  Intent, NonIdealState, OverlayToaster, ProgressBar, Spinner, Switch, Tag, type Toaster,
} from '@blueprintjs/core';
import '@blueprintjs/core/lib/css/blueprint.css';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

type Tone = 'danger' | 'warning' | 'success';
/** Blueprint's intent icons (the ones Callout picks by default), passed explicitly to toasts, which have none. */
const icons = { danger: 'error', warning: 'warning-sign', success: 'tick-circle' } as const;
/** How a product announces a Callout it renders after a failure (Callout itself has no role). */
const roles = { danger: 'alert', warning: 'status', success: 'status' } as const;

let appToaster: Promise<Toaster> | undefined;
/** The app's one toaster, created on first use as Blueprint's docs do (`OverlayToaster.create` at the top of the page). */
const toaster = () => (appToaster ??= OverlayToaster.create({ position: 'top' }));
/** Shows a toast; `timeout` 0 keeps it until dismissed. */
const show = (tone: Tone, message: string, timeout = 8000, action?: string) => {
  void toaster().then((t) => t.show({ intent: tone, icon: icons[tone], message, timeout, action: action ? { text: action } : undefined }));
};
const toast = (tone: Tone, message: string, timeout?: number, action?: string) => h(OnMount, { effect: () => show(tone, message, timeout, action) });

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/** The expense form: FormGroup + InputGroup; an unavailable payee field gets intent danger, aria-invalid and its helper text. */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const payeeHelp = invalid ? h('span', { id: 'payee-help' }, copy.fieldMessage) : undefined;
  return h(asForm ? 'form' : 'div', { 'aria-label': asForm ? 'Create a QuickBooks expense' : undefined, style: { padding: 20, maxWidth: 480 } },
    h(H3, null, 'Create a QuickBooks expense'),
    alert,
    h(FormGroup, { label: 'Payee', labelFor: 'payee', intent: invalid ? Intent.DANGER : Intent.NONE, helperText: payeeHelp },
      h(InputGroup, { id: 'payee', intent: invalid ? Intent.DANGER : Intent.NONE, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? 'payee-help' : undefined })),
    h(FormGroup, { label: 'Amount', labelFor: 'amount' }, h(InputGroup, { id: 'amount' })),
    h(Button, { type: 'submit', intent: Intent.PRIMARY, disabled: invalid, loading: saving, text: saving ? 'Saving...' : 'Create' }));
}

const callout = (tone: Tone, text: string, title?: string) => h(Callout, { intent: tone, title, role: roles[tone], style: { marginBottom: 15 } }, text);
const heading = (text: string) => h(H3, null, text);
const page = (...children: ReactNode[]) => h('div', { style: { padding: 20, display: 'flex', flexDirection: 'column', gap: 15 } }, ...children);

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? callout('danger', copy.template) : null }), toast('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) show('danger', copy.template, 8000, 'Try again'); }, [done]);
  return h('div', null, done ? null : h(Spinner, { size: 30, 'aria-label': 'Loading payees' }), h(ExpenseForm, {}));
}

/** The product's table of QuickBooks vendors, the warning toast's page. */
const vendors = () => h(HTMLTable, { striped: true },
  h('thead', null, h('tr', null, h('th', null, 'Vendor'), h('th', null, 'Balance'))),
  h('tbody', null, h('tr', null, h('td', null, 'Acme'), h('td', null, '$1,200.00')), h('tr', null, h('td', null, 'Globex'), h('td', null, '$310.50'))));

const skeletonCard = () => h(Card, { style: { maxWidth: 420 } },
  h(H4, { className: Classes.SKELETON }, 'Invoice INV-1042'), h('p', { className: Classes.SKELETON }, 'Acme Ltd, due 30 December, $1,200.00 outstanding'));

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: callout('danger', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.savedMessage)) },
  // A confirmation page: the Callout is the page's content, as a product would render it (no role).
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), h(Callout, { intent: Intent.SUCCESS }, copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, h(Spinner, { size: 30, 'aria-label': 'Loading payees' }), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h('p', null, 'Importing customers: 40 %'), h('div', { style: { maxWidth: 400 } }, h(ProgressBar, { value: 0.4, intent: Intent.PRIMARY, 'aria-label': 'Import progress' }))),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', render: () => page(heading('QuickBooks invoices'), skeletonCard(), skeletonCard()) },
  'generic': { render: () => h(ExpenseForm, { alert: callout('danger', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('danger', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(Card, null, h(NonIdealState, { icon: 'search', title: 'No payees found', description: 'Add a payee in QuickBooks first.' }))),
  },
  'third-party': {
    title: 'QuickBooks App Store',
    render: () => page(heading('QuickBooks App Store'), h(Alert, { isOpen: true, intent: Intent.DANGER, icon: 'error', confirmButtonText: 'Close' }, h('p', null, copy.thirdPartyMessage))),
  },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: callout('danger', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h('div', { style: { padding: 48 } }, h(NonIdealState, {
      icon: 'offline', title: copy.unavailableHeading, description: copy.loadTemplate, action: h(Button, { intent: Intent.PRIMARY, text: 'Try again' }),
    })),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h('div', { style: { display: 'flex', gap: 15, alignItems: 'stretch' } },
      h(Card, { style: { flex: 1 } }, h(H4, null, 'Contact details'), h('p', null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      h(Card, { style: { flex: 1 } }, h(H4, null, 'QuickBooks invoices'),
        h(NonIdealState, { icon: 'offline', iconSize: 48, description: copy.loadTemplate, action: h(Button, { variant: 'outlined', text: 'Try again' }) })))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: callout('danger', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: callout('danger', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: callout('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), callout('warning', copy.settingsWarning),
      h(Switch, { label: 'Sync invoices', defaultChecked: true }), h('div', null, h(Button, { intent: Intent.PRIMARY, disabled: true, text: 'Save' }))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('danger', copy.template, 8000, 'Try again')) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast('danger', copy.template, 1000)) },
  'warning-toast': { title: 'Vendors', render: () => page(heading('Vendors'), vendors(), toast('warning', copy.staleTemplate)) },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Dialog, { isOpen: true, title: copy.dialogTitle, icon: 'error', onClose: () => {} },
      h(DialogBody, null, h('p', null, copy.template)), h(DialogFooter, { actions: h(Button, { intent: Intent.PRIMARY, text: 'OK' }) }))),
  },
  'inline-other': {
    title: 'Reports',
    render: () => page(heading('Reports'), callout('danger', copy.template), h(H4, null, 'Monthly totals'),
      h(HTMLTable, null, h('tbody', null, h('tr', null, h('td', null, 'November'), h('td', null, '$12,400.00'))))),
  },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(HTMLTable, { bordered: true },
      h('thead', null, h('tr', null, h('th', null, 'Run'), h('th', null, 'Status'), h('th', null, ''))),
      h('tbody', null,
        h('tr', null, h('td', null, 'Create QuickBooks invoice'), h('td', null, h(Tag, { intent: Intent.DANGER }, 'Failed'), ' ', copy.template),
          h('td', null, h(Button, { size: 'small', variant: 'outlined', text: 'Retry' }))),
        h('tr', null, h('td', null, 'Create QuickBooks invoice'), h('td', null, h(Tag, { intent: Intent.SUCCESS }, 'Succeeded')), h('td', null, ''))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      h(Card, null, h(H4, null, 'Slack ', h(Tag, { intent: Intent.SUCCESS, minimal: true }, 'Connected'))),
      h(Card, null, h(H4, null, 'QuickBooks ', h(Tag, { intent: Intent.WARNING, minimal: true }, copy.connectionLostBadge)),
        h('p', { className: Classes.TEXT_MUTED }, copy.connectionLostSentence))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: callout('danger', copy.template), invalid: true })) },
};

mountReact(pages);
