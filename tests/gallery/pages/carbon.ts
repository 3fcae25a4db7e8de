// The gallery's pages rendered with IBM Carbon (@carbon/react, styles from @carbon/styles): InlineNotification,
// ToastNotification, ActionableNotification, Modal, Loading, InlineLoading, ProgressBar, SkeletonText, Tag, TextInput...
import type { ReactNode } from 'react';
import {
  ActionableNotification, Button, Form, InlineLoading, InlineNotification, Loading, Modal, ProgressBar,
  SkeletonPlaceholder, SkeletonText, Stack, StructuredListBody, StructuredListCell, StructuredListRow, StructuredListWrapper,
  Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Tag, TextInput, Tile, ToastNotification, Toggle,
} from '@carbon/react';
import '@carbon/styles/css/styles.css';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, useAfter, type ReactPage } from './mount.ts';

type Kind = 'error' | 'warning' | 'success' | 'info';
interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/** The expense form; `TextInput invalid` marks the input aria-invalid and shows `invalidText` under it. */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const submit = saving
    ? h(Button, { type: 'submit', disabled: true }, h(InlineLoading, { description: 'Saving...', status: 'active' }))
    : h(Button, { type: 'submit', disabled: invalid }, 'Create');
  return h(asForm ? Form : 'div', { 'aria-label': asForm ? 'Create a QuickBooks expense' : undefined, style: { maxWidth: 480, padding: 16 } },
    h(Stack, { gap: 5 },
      h('h1', { className: 'cds--type-heading-04' }, 'Create a QuickBooks expense'),
      alert,
      h(TextInput, { id: 'payee', labelText: 'Payee', invalid, invalidText: copy.fieldMessage }),
      h(TextInput, { id: 'amount', labelText: 'Amount' }),
      submit));
}

/** Carbon's InlineNotification: a kind, a title, the message as its subtitle. */
const inline = (kind: Kind, text: string, title?: string) => h(InlineNotification, { kind, title, subtitle: text, hideCloseButton: true, lowContrast: true });
/** Carbon's ToastNotification, placed where Carbon's guidance puts toasts: the top right, under the header. */
const toast = (kind: Kind, text: string, timeout = 0) => h('div', { style: { position: 'fixed', top: 48, right: 16, zIndex: 9000 } },
  h(ToastNotification, { kind, title: kind === 'success' ? 'Done' : 'QuickBooks', subtitle: text, timeout }));
const heading = (text: string) => h('h1', { className: 'cds--type-heading-04' }, text);
const page = (...children: ReactNode[]) => h('div', { style: { padding: 16 } }, h(Stack, { gap: 5 }, ...children));

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? inline('error', copy.template) : null }), toast('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  return h('div', null, done ? null : h(InlineLoading, { description: 'Loading payees', status: 'active' }), h(ExpenseForm, {}), done ? toast('error', copy.template) : null);
}

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: inline('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.savedMessage)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), inline('success', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, h(Loading, { withOverlay: false, description: 'Loading payees' }), h(ExpenseForm, {})) },
  'stuck-progress': { title: 'Import', render: () => page(heading('Importing QuickBooks customers'), h(ProgressBar, { label: 'Import', value: 40, helperText: '40 of 100 customers' })) },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', render: () => page(heading('QuickBooks invoices'), h(SkeletonText, { heading: true, width: '300px' }), h(SkeletonText, { paragraph: true, lineCount: 4 }), h(SkeletonPlaceholder, null)) },
  'generic': { render: () => h(ExpenseForm, { alert: inline('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(Tile, null, h('h2', { className: 'cds--type-heading-02' }, 'No payees found'), h('p', null, 'Add a payee in QuickBooks first.'))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), inline('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: inline('error', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h('div', { style: { padding: 48, textAlign: 'center' } }, h(Stack, { gap: 6 }, h('h1', { className: 'cds--type-heading-05' }, copy.unavailableHeading),
      h('p', { className: 'cds--type-body-02' }, copy.loadTemplate), h('div', null, h(Button, null, 'Try again')))),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h('div', { style: { display: 'flex', gap: 16 } },
      h(Tile, { style: { flex: 1 } }, h('h2', { className: 'cds--type-heading-03' }, 'Contact details'), h('p', null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      h(Tile, { style: { flex: 1 } }, h('h2', { className: 'cds--type-heading-03' }, 'QuickBooks invoices'), h('p', null, copy.loadTemplate), h(Button, { kind: 'tertiary' }, 'Try again')))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: inline('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: inline('error', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: inline('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), inline('warning', copy.settingsWarning),
      h(Toggle, { id: 'sync', labelText: 'Sync invoices', defaultToggled: true }), h('div', null, h(Button, { disabled: true }, 'Save'))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template, 1000)) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), h(StructuredListWrapper, null, h(StructuredListBody, null,
      h(StructuredListRow, null, h(StructuredListCell, null, 'Acme')), h(StructuredListRow, null, h(StructuredListCell, null, 'Globex')))), toast('warning', copy.staleTemplate)),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Modal, { open: true, modalHeading: copy.dialogTitle, primaryButtonText: 'OK', alert: true }, h('p', null, copy.template))),
  },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), h(ActionableNotification, { kind: 'error', inline: true, lowContrast: true, hideCloseButton: true, title: 'QuickBooks', subtitle: copy.template, actionButtonLabel: 'Try again' }), h('p', null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(Table, null,
      h(TableHead, null, h(TableRow, null, h(TableHeader, null, 'Run'), h(TableHeader, null, 'Status'), h(TableHeader, null, ''))),
      h(TableBody, null,
        h(TableRow, null, h(TableCell, null, 'Create QuickBooks invoice'), h(TableCell, null, h(Tag, { type: 'red', size: 'sm' }, 'Failed'), ' ', copy.template), h(TableCell, null, h(Button, { kind: 'ghost', size: 'sm' }, 'Retry'))),
        h(TableRow, null, h(TableCell, null, 'Create QuickBooks invoice'), h(TableCell, null, h(Tag, { type: 'green', size: 'sm' }, 'Succeeded')), h(TableCell, null, ''))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      h(Tile, null, h('strong', null, 'Slack'), ' ', h(Tag, { type: 'green', size: 'sm' }, 'Connected')),
      h(Tile, null, h('strong', null, 'QuickBooks'), ' ', h(Tag, { type: 'red', size: 'sm' }, copy.connectionLostBadge), h('p', { className: 'cds--type-body-01' }, copy.connectionLostSentence))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: inline('error', copy.template), invalid: true })) },
};

mountReact(pages);
