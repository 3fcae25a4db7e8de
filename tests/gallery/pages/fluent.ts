// The gallery's pages rendered with Fluent UI 9 (@fluentui/react-components): MessageBar, Toast + Toaster,
// Spinner, Skeleton, ProgressBar, Dialog, Field validation, Button disabledFocusable, Badge, InfoLabel, Card...
import { useEffect, type ReactNode } from 'react';
import {
  AriaLiveAnnouncer, Badge, Body1, Button, Card, CardHeader, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface,
  DialogTitle, Field, FluentProvider, InfoLabel, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle,
  ProgressBar, Skeleton, SkeletonItem, Spinner, Switch, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
  Text, Title3, Toast, ToastBody, Toaster, ToastTitle, useToastController, webLightTheme,
} from '@fluentui/react-components';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, useAfter, type ReactPage } from './mount.ts';

/** The intents Fluent's MessageBar and Toast take. */
type Intent = 'error' | 'warning' | 'success' | 'info';
interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/** The product's one Toaster (Fluent pairs a Toaster and its controller by id). */
const TOASTER = 'integrations-hub-toaster';

const column = (gap: number, ...children: ReactNode[]) => h('div', { style: { display: 'flex', flexDirection: 'column', gap } }, ...children);
const row = (...children: ReactNode[]) => h('div', { style: { display: 'flex', gap: 8, alignItems: 'center' } }, ...children);
const heading = (text: string) => h(Title3, { as: 'h1' }, text);
const page = (...children: ReactNode[]) => h('div', { style: { padding: 16 } }, column(16, ...children));

/** The Amount field's label with Fluent's InfoLabel (the docs' "Field with info" pattern). */
const amountLabel = { children: (_: unknown, props: object) => h(InfoLabel, { ...props, info: 'In the payee\'s currency, as it will appear in QuickBooks.' }, 'Amount') };

/**
 * The expense form. `Field validationState="error"` marks its input aria-invalid and describes it with the
 * validation message; a save in progress is a `disabledFocusable` button holding a tiny Spinner, as Fluent's docs show.
 */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const submit = saving
    ? h(Button, { type: 'submit', appearance: 'primary', disabledFocusable: true, icon: h(Spinner, { size: 'tiny' }) }, 'Saving...')
    : h(Button, { type: 'submit', appearance: 'primary', disabled: invalid }, 'Create');
  return h(asForm ? 'form' : 'div', { 'aria-label': asForm ? 'Create a QuickBooks expense' : undefined, style: { maxWidth: 480, padding: 16 } },
    column(12,
      heading('Create a QuickBooks expense'),
      alert,
      h(Field, { label: 'Payee', required: true, validationState: invalid ? 'error' : 'none', validationMessage: invalid ? copy.fieldMessage : undefined }, h(Input, null)),
      h(Field, { label: amountLabel }, h(Input, { type: 'number' })),
      row(submit)));
}

/** Fluent's MessageBar: an intent, an optional title, the message, and optional actions (a retry). */
function messageBar(intent: Intent, text: string, options: { title?: string; retry?: boolean } = {}) {
  return h(MessageBar, { intent, layout: 'multiline' },
    h(MessageBarBody, null, options.title ? h(MessageBarTitle, null, options.title) : null, text),
    options.retry ? h(MessageBarActions, null, h(Button, null, 'Try again')) : null);
}

/** Dispatches one toast through the product's Toaster once `when` is true; `timeout` -1 keeps it (Fluent's default is 3 s). */
function ToastOn({ intent, text, when = true, timeout = -1 }: { intent: Intent; text: string; when?: boolean; timeout?: number }) {
  const { dispatchToast } = useToastController(TOASTER);
  useEffect(() => {
    if (!when) return;
    const body = intent === 'success'
      ? h(Toast, null, h(ToastTitle, null, text))
      : h(Toast, null, h(ToastTitle, null, 'QuickBooks'), h(ToastBody, null, text));
    // The Toaster listens from its own effect; the next tick is after every effect of the first commit.
    const timer = setTimeout(() => dispatchToast(body, { intent, timeout }), 0);
    return () => clearTimeout(timer);
  }, [when]);
  return null;
}
const toast = (intent: Intent, text: string, timeout = -1) => h(ToastOn, { intent, text, timeout });

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? messageBar('error', copy.template) : null }), toast('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  return h('div', null, done ? null : h(Spinner, { size: 'small', label: 'Loading payees' }), h(ExpenseForm, {}), h(ToastOn, { intent: 'error', text: copy.template, when: done }));
}

const card = (title: string, ...children: ReactNode[]) => h(Card, { style: { flex: 1 } }, h(CardHeader, { header: h(Text, { as: 'h2', weight: 'semibold', size: 400 }, title) }), ...children);

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: messageBar('error', copy.partlyWorkedMessage, { retry: true }) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.savedMessage)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), messageBar('success', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, h(Spinner, { label: 'Loading payees' }), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h(Field, { label: 'Import', hint: '40 of 100 customers', style: { maxWidth: 400 } }, h(ProgressBar, { value: 0.4 }))),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h(Skeleton, { 'aria-label': 'Loading invoices', style: { maxWidth: 400 } },
      column(12, h(SkeletonItem, { size: 16, style: { width: 300 } }), h(SkeletonItem, { shape: 'rectangle', size: 64 }), h(SkeletonItem, { shape: 'rectangle', size: 64 })))),
  },
  'generic': { render: () => h(ExpenseForm, { alert: messageBar('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(Card, { style: { maxWidth: 480 } }, h(CardHeader, { header: h(Text, { weight: 'semibold' }, 'No payees found'), description: h(Body1, null, 'Add a payee in QuickBooks first.') }))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), messageBar('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: messageBar('error', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h('div', { style: { padding: 48, textAlign: 'center', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 16 } },
      h(Text, { as: 'h1', size: 700, weight: 'semibold' }, copy.unavailableHeading),
      h(Body1, { style: { maxWidth: 640 } }, copy.loadTemplate), h(Button, { appearance: 'primary' }, 'Try again')),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h('div', { style: { display: 'flex', gap: 16, alignItems: 'stretch' } },
      card('Contact details', h(Body1, null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      card('QuickBooks invoices', h(Body1, null, copy.loadTemplate), row(h(Button, null, 'Try again'))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: messageBar('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: messageBar('error', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: messageBar('warning', copy.staleTemplate, { title: 'Payees may be out of date' }) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), messageBar('warning', copy.settingsWarning),
      h(Switch, { label: h(InfoLabel, { info: 'New QuickBooks invoices appear in Integrations Hub within 15 minutes.' }, 'Sync invoices'), defaultChecked: true }),
      row(h(Button, { appearance: 'primary', disabled: true }, 'Save'))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template, 1000)) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), h('ul', null, h('li', null, 'Acme'), h('li', null, 'Globex')), toast('warning', copy.staleTemplate)),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Dialog, { open: true, modalType: 'alert' },
      h(DialogSurface, null, h(DialogBody, null, h(DialogTitle, null, copy.dialogTitle), h(DialogContent, null, copy.template),
        h(DialogActions, null, h(Button, { appearance: 'primary' }, 'OK')))))),
  },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), messageBar('error', copy.template), h(Body1, null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(Table, { 'aria-label': 'Workflow runs' },
      h(TableHeader, null, h(TableRow, null, h(TableHeaderCell, null, 'Run'), h(TableHeaderCell, null, 'Status'), h(TableHeaderCell, null, ''))),
      h(TableBody, null,
        h(TableRow, null, h(TableCell, null, 'Create QuickBooks invoice'),
          h(TableCell, null, h(Badge, { color: 'danger', appearance: 'filled' }, 'Failed'), ' ', copy.template), h(TableCell, null, h(Button, { size: 'small' }, 'Retry'))),
        h(TableRow, null, h(TableCell, null, 'Create QuickBooks invoice'), h(TableCell, null, h(Badge, { color: 'success', appearance: 'filled' }, 'Succeeded')), h(TableCell, null, ''))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      h(Card, null, h(CardHeader, { header: row(h(Text, { weight: 'semibold' }, 'Slack'), h(Badge, { color: 'success', appearance: 'tint' }, 'Connected')) })),
      h(Card, null, h(CardHeader, {
        header: row(h(Text, { weight: 'semibold' }, 'QuickBooks'), h(Badge, { color: 'warning', appearance: 'tint' }, copy.connectionLostBadge)),
        description: h(Body1, null, copy.connectionLostSentence),
      }))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': {
    render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: messageBar('error', copy.template), invalid: true })),
  },
};

// Fluent's docs pair MessageBar with an AriaLiveAnnouncer (MessageBar announces itself through it) and render one Toaster.
mountReact(pages, (children) => h(FluentProvider, { theme: webLightTheme }, h(AriaLiveAnnouncer, null, h(Toaster, { toasterId: TOASTER, position: 'bottom-end' }), children)));
