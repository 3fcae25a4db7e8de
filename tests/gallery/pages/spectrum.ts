// The gallery's pages rendered with React Spectrum (Adobe, @adobe/react-spectrum 3.47 + @react-spectrum/toast):
// Provider + defaultTheme, InlineAlert, ToastContainer + ToastQueue, ProgressCircle, ProgressBar, DialogContainer +
// AlertDialog, TextField isInvalid + errorMessage, Button isPending, StatusLight, View, TableView (loadingState,
// renderEmptyState), IllustratedMessage.
import { useEffect, type ReactNode } from 'react';
import {
  ActionButton, AlertDialog, Button, Cell, Column, Content, DialogContainer, Flex, Form, Heading, IllustratedMessage, InlineAlert,
  ProgressBar, ProgressCircle, Provider, Row, StatusLight, Switch, TableBody, TableHeader, TableView, Text, TextField, View,
  defaultTheme,
} from '@adobe/react-spectrum';
import { ToastContainer, ToastQueue } from '@react-spectrum/toast';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

/** The variants React Spectrum's InlineAlert takes that the pages use. */
type AlertVariant = 'negative' | 'notice' | 'positive';
/** The toasts ToastQueue queues (Spectrum has no warning toast: `info` is its closest). */
type ToastVariant = 'negative' | 'positive' | 'info';

/** An InlineAlert with its Heading and Content, as Spectrum's docs compose it (it renders role=alert itself). */
const inlineAlert = (variant: AlertVariant, heading: string, text: string) =>
  h(InlineAlert, { variant }, h(Heading, null, heading), h(Content, null, text));

/**
 * Queues a toast through the app's ToastContainer once the page is mounted. Spectrum's docs: positive toasts may
 * close themselves (`timeout`, at least 5 s); the error and info toasts stay until the user closes them.
 */
const queue = (variant: ToastVariant, text: string, timeout?: number) => ToastQueue[variant](text, timeout ? { timeout } : undefined);
const toast = (variant: ToastVariant, text: string, timeout?: number) => h(OnMount, { effect: () => { queue(variant, text, timeout); } });

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/**
 * The expense form, with Spectrum's Form and TextFields: an unavailable payee field is `isInvalid` with its
 * `errorMessage` (React Aria marks it aria-invalid and describes it), a save in progress is a Button `isPending`
 * (its docs keep the button's label and show a ProgressCircle in it).
 */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const fields = [
    h(Heading, { key: 'h', level: 2 }, 'Create a QuickBooks expense'),
    alert ? h('div', { key: 'a' }, alert) : null,
    h(TextField, { key: 'payee', label: 'Payee', isRequired: true, isInvalid: invalid || undefined, errorMessage: invalid ? copy.fieldMessage : undefined, width: 'size-4600' }),
    h(TextField, { key: 'amount', label: 'Amount', inputMode: 'decimal', width: 'size-4600' }),
    h('div', { key: 'b' }, h(Button, { type: 'submit', variant: 'accent', isPending: saving, isDisabled: invalid }, 'Create')),
  ];
  return asForm
    ? h(Form, { 'aria-label': 'Create a QuickBooks expense', maxWidth: 'size-6000', margin: 'size-200' }, ...fields)
    : h(Flex, { direction: 'column', gap: 'size-200', maxWidth: 'size-6000', margin: 'size-200' }, ...fields);
}

const page = (...children: ReactNode[]) => h(Flex, { direction: 'column', gap: 'size-200', margin: 'size-200' }, ...children);
const heading = (text: string) => h(Heading, { level: 1 }, text);
const paragraph = (text: string) => h(Text, null, text);
/** A bordered panel (Spectrum's View with its border and padding props). */
const panel = (...children: ReactNode[]) => h(View, { borderWidth: 'thin', borderColor: 'dark', borderRadius: 'medium', padding: 'size-250', flex: 1 }, ...children);
const spinner = () => h(ProgressCircle, { isIndeterminate: true, size: 'L', 'aria-label': 'Loading payees' });

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? inlineAlert('negative', 'Unable to load payees', copy.template) : null }), toast('positive', copy.savedMessage, 5000));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) queue('negative', copy.template); }, [done]);
  return h('div', null, done ? null : spinner(), h(ExpenseForm, {}));
}

/** An error toast the product closes itself after a second (ToastQueue returns its close function; its own timeout cannot be under 5 s). */
function VanishingToast() {
  useEffect(() => {
    const close = ToastQueue.negative(copy.template, { timeout: 5000 });
    const timer = setTimeout(close, 1000);
    return () => clearTimeout(timer);
  }, []);
  return h(ExpenseForm, {});
}

/** A TableView of plain rows, in its docs' dynamic form (columns and items, a Cell per column key). */
function table(label: string, columns: string[], rows: string[][]) {
  const items = rows.map((r, i) => ({ id: String(i), ...Object.fromEntries(columns.map((c, j) => [c, r[j]])) } as Record<string, string>));
  return h(TableView, { 'aria-label': label, maxWidth: 'size-6000', height: 'size-2400' },
    h(TableHeader, { columns: columns.map((name) => ({ name })), children: (c: { name: string }) => h(Column, { key: c.name }, c.name) }),
    h(TableBody, { items, children: (item: Record<string, string>) => h(Row, { key: item.id, children: (key: string) => h(Cell, null, item[key]) }) }));
}

/** The workflow history: a TableView whose status is a StatusLight, with the failure's reason and a retry button. */
const workflow = () => h(TableView, { 'aria-label': 'Workflow runs', overflowMode: 'wrap', maxWidth: 'size-10000', height: 'size-3600' },
  h(TableHeader, null, h(Column, { key: 'run' }, 'Run'), h(Column, { key: 'status', width: 140 }, 'Status'), h(Column, { key: 'reason', width: 420 }, 'Reason'), h(Column, { key: 'act', width: 100 }, 'Actions')),
  h(TableBody, null,
    h(Row, { key: 'r1' }, h(Cell, null, 'Create QuickBooks invoice'), h(Cell, null, h(StatusLight, { variant: 'negative' }, 'Failed')), h(Cell, null, copy.template), h(Cell, null, h(ActionButton, null, 'Retry'))),
    h(Row, { key: 'r2' }, h(Cell, null, 'Create QuickBooks invoice'), h(Cell, null, h(StatusLight, { variant: 'positive' }, 'Succeeded')), h(Cell, null, ''), h(Cell, null, ''))));

const appCard = (name: string, status: ReactNode, ...children: ReactNode[]) =>
  panel(h(Flex, { gap: 'size-150', alignItems: 'center' }, h(Heading, { level: 3, margin: 0 }, name), status), ...children);

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: inlineAlert('negative', 'Invoice not sent', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast('positive', copy.partlySucceededMessage, 5000)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast('positive', copy.savedMessage, 5000)) },
  // A confirmation page: the positive InlineAlert is the page's content.
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), inlineAlert('positive', 'Confirmation', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, spinner(), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h(ProgressBar, { label: 'Importing customers', value: 40, valueLabel: '40 of 100', width: 'size-4600' })),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  // React Spectrum 3 has no skeleton component: its documented loading state for a collection is TableView's
  // `loadingState="loading"` (a ProgressCircle in the table's body until the rows arrive).
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h(TableView, { 'aria-label': 'QuickBooks invoices', maxWidth: 'size-6000', height: 'size-3000' },
      h(TableHeader, null, h(Column, { key: 'number' }, 'Invoice'), h(Column, { key: 'customer' }, 'Customer'), h(Column, { key: 'amount' }, 'Amount')),
      h(TableBody, { items: [], loadingState: 'loading', children: () => h(Row, null, h(Cell, null, ''), h(Cell, null, ''), h(Cell, null, '')) }))),
  },
  'generic': { render: () => h(ExpenseForm, { alert: inlineAlert('negative', 'Error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('negative', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(TableView, {
      'aria-label': 'Payees', maxWidth: 'size-6000', height: 'size-3600',
      renderEmptyState: () => h(IllustratedMessage, null, h(Heading, null, 'No payees found'), h(Content, null, 'Add a payee in QuickBooks first.')),
    }, h(TableHeader, null, h(Column, { key: 'name' }, 'Payee'), h(Column, { key: 'email' }, 'Email')), h(TableBody, { items: [], children: () => h(Row, null, h(Cell, null, ''), h(Cell, null, '')) }))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), inlineAlert('negative', 'Installation failed', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: inlineAlert('negative', 'Unable to load payees', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h(Flex, { direction: 'column', alignItems: 'center', gap: 'size-200', margin: 'size-600' },
      h(IllustratedMessage, null, h(Heading, { level: 1 }, copy.unavailableHeading), h(Content, null, copy.loadTemplate)),
      h(Button, { variant: 'accent' }, 'Try again')),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(Flex, { gap: 'size-200', alignItems: 'stretch' },
      panel(h(Heading, { level: 2, marginTop: 0 }, 'Contact details'), paragraph('Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      panel(h(Heading, { level: 2, marginTop: 0 }, 'QuickBooks invoices'),
        h(Flex, { direction: 'column', alignItems: 'center', gap: 'size-150' },
          h(IllustratedMessage, null, h(Heading, { level: 3 }, copy.unavailableHeading), h(Content, null, copy.loadTemplate)),
          h(Button, { variant: 'secondary' }, 'Try again'))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: inlineAlert('negative', 'Unable to load payees', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: inlineAlert('negative', 'Unable to load payees', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: inlineAlert('notice', 'Payees may be out of date', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), inlineAlert('notice', 'Settings may be out of date', copy.settingsWarning),
      h(Switch, { defaultSelected: true }, 'Sync invoices'),
      h('div', null, h(Button, { variant: 'accent', isDisabled: true }, 'Save'))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('negative', copy.template)) },
  'toast-vanishes': { render: () => h(VanishingToast) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), table('QuickBooks vendors', ['Vendor', 'Balance'], [['Acme', '$1,200.00'], ['Globex', '$310.50']]), toast('info', copy.staleTemplate)),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(DialogContainer, { onDismiss: () => {} },
      h(AlertDialog, { title: copy.dialogTitle, variant: 'error', primaryActionLabel: 'OK' }, copy.template))),
  },
  'inline-other': {
    title: 'Reports',
    render: () => page(heading('Reports'), inlineAlert('negative', 'Unable to update totals', copy.template), h(Heading, { level: 2 }, 'Monthly totals'),
      table('Monthly totals', ['Month', 'Total'], [['November', '$12,400.00']])),
  },
  'workflow': { title: 'Workflow history', render: () => page(heading('Workflow history'), workflow()) },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'), h(Flex, { direction: 'column', gap: 'size-200', maxWidth: 'size-6000' },
      appCard('Slack', h(StatusLight, { variant: 'positive' }, 'Connected')),
      appCard('QuickBooks', h(StatusLight, { variant: 'notice' }, copy.connectionLostBadge), paragraph(copy.connectionLostSentence)))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': {
    render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'),
      h(ExpenseForm, { alert: inlineAlert('negative', 'Unable to load payees', copy.template), invalid: true })),
  },
};

// Spectrum's Provider with its default theme (light), and the app's one ToastContainer at the root, as its docs place it.
mountReact(pages, (children) => h(Provider, { theme: defaultTheme, colorScheme: 'light', locale: 'en-US' }, h(ToastContainer, null), children));
