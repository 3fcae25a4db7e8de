// The gallery's pages rendered with Chakra UI v3 (@chakra-ui/react): Alert, toaster, Dialog, EmptyState, Spinner, Progress, Skeleton, Field...
import { useEffect, type ReactNode } from 'react';
import {
  Alert, Badge, Box, Button, Card, ChakraProvider, Dialog, EmptyState, Field, Heading, Input, List, Portal, Progress, Skeleton,
  SkeletonText, Spinner, Stack, Switch, Table, Text, Toast, Toaster, createToaster, defaultSystem,
} from '@chakra-ui/react';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

const toaster = createToaster({ placement: 'bottom-end' });
type Status = 'error' | 'warning' | 'success' | 'info';

/** Chakra's documented Toaster snippet: renders every toast the toaster creates. */
function Toasts() {
  return h(Portal, null, h(Toaster, {
    toaster,
    children: (toast: { title?: ReactNode; description?: ReactNode }) => h(Toast.Root, { width: { md: 'sm' } }, h(Toast.Indicator),
      h(Stack, { gap: '1' }, toast.title ? h(Toast.Title, null, toast.title) : null, toast.description ? h(Toast.Description, null, toast.description) : null),
      h(Toast.CloseTrigger)),
  }));
}
// Created on the next tick: the Toaster (rendered after the page) subscribes to the toaster in its own effect.
const toast = (type: Status, text: string, duration = 600_000) => h(OnMount, { effect: () => { setTimeout(() => toaster.create({ description: text, type, duration }), 0); } });

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/** The expense form; `Field.Root invalid` marks the input aria-invalid and describes it with the error text. */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  return h(Box, { as: asForm ? 'form' : 'div', 'aria-label': asForm ? 'Create a QuickBooks expense' : undefined, p: 4, maxW: 'lg' },
    h(Heading, { as: 'h1', size: 'xl', mb: 3 }, 'Create a QuickBooks expense'),
    h(Stack, { gap: 3 }, alert,
      h(Field.Root, { invalid }, h(Field.Label, null, 'Payee'), h(Input, null), invalid ? h(Field.ErrorText, null, copy.fieldMessage) : null),
      h(Field.Root, null, h(Field.Label, null, 'Amount'), h(Input, null)),
      h(Button, { type: 'submit', disabled: invalid, loading: saving, loadingText: 'Saving...' }, 'Create')));
}

const alertOf = (status: Status, text: string) => h(Alert.Root, { status }, h(Alert.Indicator), h(Alert.Content, null, h(Alert.Description, null, text)));
const heading = (text: string) => h(Heading, { as: 'h1', size: 'xl', mb: 3 }, text);
const page = (...children: ReactNode[]) => h(Box, { p: 4 }, ...children);

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? alertOf('error', copy.template) : null }), toast('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) toaster.create({ description: copy.template, type: 'error', duration: 600_000 }); }, [done]);
  return h('div', null, done ? null : h(Spinner, { 'aria-label': 'Loading payees' }), h(ExpenseForm, {}));
}

const dialog = () => h(Dialog.Root, { open: true, role: 'alertdialog' }, h(Portal, null, h(Dialog.Backdrop), h(Dialog.Positioner, null, h(Dialog.Content, null,
  h(Dialog.Header, null, h(Dialog.Title, null, copy.dialogTitle)), h(Dialog.Body, null, h('p', null, copy.template)), h(Dialog.Footer, null, h(Button, null, 'OK'))))));

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: alertOf('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.savedMessage)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), alertOf('success', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, h(Spinner, { size: 'lg', 'aria-label': 'Loading payees' }), h(ExpenseForm, {})) },
  'stuck-progress': { title: 'Import', render: () => page(heading('Importing QuickBooks customers'), h(Progress.Root, { value: 40, maxW: 'sm' }, h(Progress.Label, null, 'Import'), h(Progress.Track, null, h(Progress.Range)))) },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', render: () => page(heading('QuickBooks invoices'), h(Stack, { gap: 3, maxW: 'md' }, h(Skeleton, { height: '6' }), h(SkeletonText, { noOfLines: 4 }))) },
  'generic': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(EmptyState.Root, null, h(EmptyState.Content, null, h(EmptyState.Title, null, 'No payees found'), h(EmptyState.Description, null, 'Add a payee in QuickBooks first.')))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), alertOf('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h(EmptyState.Root, { size: 'lg' }, h(EmptyState.Content, null, h(EmptyState.Title, { as: 'h1' }, copy.unavailableHeading),
      h(EmptyState.Description, null, copy.loadTemplate), h(Button, null, 'Try again'))),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(Stack, { direction: 'row', gap: 4 },
      h(Card.Root, { flex: 1 }, h(Card.Body, null, h(Card.Title, null, 'Contact details'), h(Card.Description, null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.'))),
      h(Card.Root, { flex: 1 }, h(Card.Body, null, h(Card.Title, null, 'QuickBooks invoices'), h(EmptyState.Root, { size: 'sm' }, h(EmptyState.Content, null,
        h(EmptyState.Description, null, copy.loadTemplate), h(Button, { variant: 'outline' }, 'Try again'))))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: alertOf('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), h(Stack, { gap: 3, maxW: 'lg' }, alertOf('warning', copy.settingsWarning),
      h(Switch.Root, { defaultChecked: true }, h(Switch.HiddenInput), h(Switch.Control), h(Switch.Label, null, 'Sync invoices')), h(Button, { disabled: true }, 'Save'))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template, 1000)) },
  'warning-toast': { title: 'Vendors', render: () => page(heading('Vendors'), h(List.Root, null, h(List.Item, null, 'Acme'), h(List.Item, null, 'Globex')), toast('warning', copy.staleTemplate)) },
  'dialog': { render: () => h('div', null, h(ExpenseForm, {}), dialog()) },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), alertOf('error', copy.template), h(Text, null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(Table.Root, null,
      h(Table.Header, null, h(Table.Row, null, h(Table.ColumnHeader, null, 'Run'), h(Table.ColumnHeader, null, 'Status'), h(Table.ColumnHeader, null, ''))),
      h(Table.Body, null,
        h(Table.Row, null, h(Table.Cell, null, 'Create QuickBooks invoice'), h(Table.Cell, null, h(Badge, { colorPalette: 'red' }, 'Failed'), ' ', copy.template), h(Table.Cell, null, h(Button, { size: 'sm' }, 'Retry'))),
        h(Table.Row, null, h(Table.Cell, null, 'Create QuickBooks invoice'), h(Table.Cell, null, h(Badge, { colorPalette: 'green' }, 'Succeeded')), h(Table.Cell, null, ''))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'), h(Stack, { gap: 3 },
      h(Card.Root, null, h(Card.Body, null, h(Text, { fontWeight: 'bold' }, 'Slack ', h(Badge, { colorPalette: 'green' }, 'Connected')))),
      h(Card.Root, null, h(Card.Body, null, h(Text, { fontWeight: 'bold' }, 'QuickBooks ', h(Badge, { colorPalette: 'orange' }, copy.connectionLostBadge)), h(Text, { textStyle: 'sm', color: 'fg.muted' }, copy.connectionLostSentence))))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h(Box, { h: '2400px' }, 'Expense policy and help text'), h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })) },
};

mountReact(pages, (children) => h(ChakraProvider, { value: defaultSystem }, children, h(Toasts)));
