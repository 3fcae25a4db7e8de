// The gallery's pages rendered with Grommet 2 (grommet + styled-components, the `grommet` theme, icons from
// grommet-icons): Notification (inline, global and toast), Spinner, Box/Card skeletons, Meter, Layer, Form +
// FormField error, Button busy, Tag, Card, DataTable with its placeholder, CheckBox toggle.
import type { ReactNode } from 'react';
import {
  Box, Button, Card, CardBody, CardHeader, CheckBox, DataTable, Form, FormField, Grommet, grommet, Heading, Layer, Meter,
  Notification, Paragraph, Spinner, Tag, Text, TextInput,
} from 'grommet';
import { CircleAlert, Search, StatusCritical, StatusGood } from 'grommet-icons';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, useAfter, type ReactPage } from './mount.ts';

/** Grommet's Notification statuses a product picks per tone. */
type Status = 'critical' | 'warning' | 'normal';

/**
 * An inline Notification, as Grommet's docs place one in a page or form (no role: the docs give it none); `global`
 * is the docs' global notification, shown directly under the app's header.
 */
const notice = (status: Status, message: string, options: { global?: boolean } = {}) => h(Notification, { status, message, ...options });

/**
 * A toast Notification (`toast`: Grommet puts it in a non-modal Layer with role=status and announces it). Grommet
 * closes a toast after 8 s by default; `time` shortens that, `sticky` keeps it until the user closes it.
 */
const toast = (status: Status, title: string, message?: string, options: { time?: number; sticky?: boolean; action?: string } = {}) => h(Notification, {
  status, title, message,
  toast: options.sticky ? { autoClose: false } : true,
  time: options.time,
  onClose: () => {},
  actions: options.action ? [{ label: options.action, href: '#' }] : undefined,
});
const successToast = (text: string) => toast('normal', text);
const errorToast = (text: string, options: { time?: number; sticky?: boolean; action?: string } = { sticky: true }) => toast('critical', 'QuickBooks', text, options);

const heading = (text: string) => h(Heading, { level: 1, size: 'small', margin: 'none' }, text);
const page = (...children: ReactNode[]) => h(Box, { pad: 'medium', gap: 'medium' }, ...children);

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/**
 * The expense form as Grommet's Form docs build one: FormFields with a label and a TextInput; an unavailable payee
 * field gets FormField's `error` (Grommet marks the input aria-invalid and describes it by the error). A save in
 * progress is the submit Button with `busy` (Grommet's documented saving state: it keeps the label and animates).
 */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const fields = [
    heading('Create a QuickBooks expense'),
    alert,
    h(FormField, { label: 'Payee', name: 'payee', htmlFor: 'payee', required: true, error: invalid ? copy.fieldMessage : undefined },
      h(TextInput, { id: 'payee', name: 'payee' })),
    h(FormField, { label: 'Amount', name: 'amount', htmlFor: 'amount' }, h(TextInput, { id: 'amount', name: 'amount', type: 'number' })),
    h(Box, { direction: 'row' }, h(Button, { type: 'submit', primary: true, label: 'Create', busy: saving, disabled: invalid })),
  ];
  const body = h(Box, { gap: 'small' }, ...fields);
  return h(Box, { pad: 'medium', width: { max: '480px' } },
    asForm ? h(Form, { 'aria-label': 'Create a QuickBooks expense', onSubmit: () => {} }, body) : body);
}

function SuccessThenError() {
  const late = useAfter(1600);
  return h(Box, null, h(ExpenseForm, { alert: late ? notice('critical', copy.template) : null }), successToast(copy.savedMessage));
}

/** A Spinner with its documented screen-reader `message` and a visible label. */
const loading = (text: string) => h(Box, { direction: 'row', gap: 'small', align: 'center', pad: { horizontal: 'medium', top: 'medium' } },
  h(Spinner, { message: text }), h(Text, { color: 'text-weak' }, text));

function SlowThenToast() {
  const done = useAfter(1300);
  return h(Box, null, done ? null : loading('Loading payees'), h(ExpenseForm, {}), done ? errorToast(copy.template, { sticky: true, action: 'Try again' }) : null);
}

const vendorColumns = [
  { property: 'vendor', header: 'Vendor', primary: true },
  { property: 'balance', header: 'Balance', align: 'end' },
];
const vendors = () => h(DataTable, { columns: vendorColumns, data: [{ vendor: 'Acme', balance: '$1,200.00' }, { vendor: 'Globex', balance: '$310.50' }] });

/** A card loading as Grommet's skeleton docs show: the Box/Card `skeleton` prop turns its Heading and Text into skeletons. */
const skeletonCard = () => h(Card, { pad: 'medium', width: { max: '420px' }, skeleton: { message: { start: 'Loading invoices' } } },
  h(Heading, { level: 2, size: 'small', margin: 'none' }, 'Invoice INV-1042'),
  h(Text, null, 'Acme Ltd, due 30 December, $1,200.00 outstanding'));

/** An empty state as Grommet's examples compose one: an icon, a heading, a paragraph and the next step, centred. */
const emptyState = (icon: ReactNode, title: string | null, text: string, action?: ReactNode) => h(Box, { align: 'center', gap: 'small', pad: 'large' },
  icon, title ? h(Heading, { level: 2, size: 'small', margin: 'none', textAlign: 'center' }, title) : null,
  h(Paragraph, { textAlign: 'center', color: 'text-weak', margin: 'none' }, text), action);

const runs = [
  { id: 1, run: 'Create QuickBooks invoice', failed: true },
  { id: 2, run: 'Create QuickBooks invoice', failed: false },
];
const runColumns = [
  { property: 'run', header: 'Run', primary: false },
  {
    property: 'status', header: 'Status',
    render: (r: typeof runs[number]) => r.failed
      ? h(Box, { gap: 'xsmall' }, h(Box, { direction: 'row', gap: 'xsmall', align: 'center' }, h(StatusCritical, { color: 'status-critical', size: 'small' }), h(Text, { weight: 'bold' }, 'Failed')), h(Text, { size: 'small' }, copy.template))
      : h(Box, { direction: 'row', gap: 'xsmall', align: 'center' }, h(StatusGood, { color: 'status-ok', size: 'small' }), h(Text, null, 'Succeeded')),
  },
  { property: 'action', header: '', render: (r: typeof runs[number]) => r.failed ? h(Button, { label: 'Retry', size: 'small', secondary: true }) : null },
];

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h(Box, null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: notice('critical', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h(Box, null, h(ExpenseForm, {}), successToast(copy.partlySucceededMessage)) },
  'false-success': { render: () => h(Box, null, h(ExpenseForm, {}), successToast(copy.savedMessage)) },
  // A confirmation page: the Notification is the page's content.
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), notice('normal', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h(Box, null, loading('Loading payees'), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h(Text, null, 'Importing customers: 40 %'),
      h(Box, { width: 'medium' }, h(Meter, { type: 'bar', value: 40, max: 100, a11yTitle: 'Import progress', thickness: 'small', size: 'full' }))),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', render: () => page(heading('QuickBooks invoices'), skeletonCard(), skeletonCard()) },
  'generic': { render: () => h(ExpenseForm, { alert: notice('critical', copy.genericMessage) }) },
  'error-code': { render: () => h(Box, null, h(ExpenseForm, {}), errorToast(copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(Box, { width: { max: '480px' } }, h(DataTable, {
      columns: [{ property: 'name', header: 'Payee', primary: true }, { property: 'email', header: 'Email' }],
      data: [],
      placeholder: emptyState(h(Search, { size: 'medium' }), 'No payees found', 'Add a payee in QuickBooks first.'),
    }))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), notice('critical', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: notice('critical', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => emptyState(h(CircleAlert, { size: 'large', color: 'status-warning' }), copy.unavailableHeading, copy.loadTemplate, h(Button, { label: 'Try again', secondary: true })),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(Box, { direction: 'row', gap: 'medium', align: 'stretch' },
      h(Card, { flex: true, pad: 'medium', gap: 'small' }, h(CardHeader, null, h(Heading, { level: 2, size: 'small', margin: 'none' }, 'Contact details')),
        h(CardBody, null, h(Text, null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.'))),
      h(Card, { flex: true, pad: 'medium', gap: 'small' }, h(CardHeader, null, h(Heading, { level: 2, size: 'small', margin: 'none' }, 'QuickBooks invoices')),
        h(CardBody, { gap: 'small', align: 'start' }, h(Text, { color: 'text-weak' }, copy.loadTemplate), h(Button, { label: 'Try again', secondary: true }))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: notice('critical', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: notice('critical', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: notice('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => h(Box, null, notice('warning', copy.settingsWarning, { global: true }),
      page(heading('QuickBooks settings'), h(CheckBox, { toggle: true, checked: true, label: 'Sync invoices', onChange: () => {} }),
        h(Box, { direction: 'row' }, h(Button, { label: 'Save', primary: true, disabled: true })))),
  },
  'error-toast': { render: () => h(Box, null, h(ExpenseForm, {}), errorToast(copy.template, { sticky: true, action: 'Try again' })) },
  'toast-vanishes': { render: () => h(Box, null, h(ExpenseForm, {}), errorToast(copy.template, { time: 1000 })) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), vendors(), toast('warning', 'QuickBooks', copy.staleTemplate, { sticky: true })),
  },
  'dialog': {
    render: () => h(Box, null, h(ExpenseForm, {}), h(Layer, { position: 'center', modal: true, onEsc: () => {}, onClickOutside: () => {} },
      h(Box, { pad: 'medium', gap: 'small', width: 'medium' },
        h(Heading, { level: 3, margin: 'none' }, copy.dialogTitle), h(Text, null, copy.template),
        h(Box, { as: 'footer', direction: 'row', justify: 'end', pad: { top: 'medium' } }, h(Button, { label: 'OK', primary: true }))))),
  },
  'inline-other': {
    title: 'Reports',
    render: () => page(heading('Reports'), notice('critical', copy.template), h(Heading, { level: 2, size: 'small', margin: 'none' }, 'Monthly totals'),
      h(DataTable, { columns: [{ property: 'month', header: 'Month', primary: true }, { property: 'total', header: 'Total', align: 'end' }], data: [{ month: 'November', total: '$12,400.00' }] })),
  },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(DataTable, { columns: runColumns, data: runs, primaryKey: 'id' })),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      h(Card, { pad: 'medium' }, h(Box, { direction: 'row', gap: 'small', align: 'center' }, h(Text, { weight: 'bold' }, 'Slack'), h(Tag, { value: 'Connected', size: 'small' }))),
      h(Card, { pad: 'medium', gap: 'small' },
        h(Box, { direction: 'row', gap: 'small', align: 'center' }, h(Text, { weight: 'bold' }, 'QuickBooks'), h(Tag, { value: copy.connectionLostBadge, size: 'small', background: 'status-warning' })),
        h(Text, { color: 'text-weak' }, copy.connectionLostSentence))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': {
    render: () => h(Box, null, h(Box, { height: { min: '2400px' } }, 'Expense policy and help text'), h(ExpenseForm, { alert: notice('critical', copy.template), invalid: true })),
  },
};

// The app inside Grommet's theme wrapper (the docs' `<Grommet theme={grommet}>`).
mountReact(pages, (children) => h(Grommet, { theme: grommet }, children));
