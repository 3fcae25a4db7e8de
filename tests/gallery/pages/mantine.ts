// The gallery's pages rendered with Mantine 7 (@mantine/core, @mantine/notifications): Alert, notifications, Modal,
// Loader, Skeleton, Progress, Badge, TextInput error, Button loading...
import { useEffect, type ReactNode } from 'react';
import {
  Alert, Badge, Box, Button, Card, Group, List, Loader, MantineProvider, Modal, Paper, Progress, Skeleton, Stack, Switch,
  Table, Text, TextInput, Title,
} from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

/** Mantine colours the docs use for each tone (Alert and notifications take a theme colour, not a status). */
const tone = { error: 'red', warning: 'yellow', success: 'green', info: 'blue' } as const;
type Tone = keyof typeof tone;
interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/** The expense form; `TextInput error` marks the input aria-invalid and describes it with the error text. */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  return h(Box, { component: asForm ? 'form' : 'div', 'aria-label': asForm ? 'Create a QuickBooks expense' : undefined, p: 'md', maw: 480 },
    h(Stack, { gap: 'sm' },
      h(Title, { order: 1, size: 'h3' }, 'Create a QuickBooks expense'),
      alert,
      h(TextInput, { label: 'Payee', error: invalid ? copy.fieldMessage : undefined }),
      h(TextInput, { label: 'Amount' }),
      h(Group, null, h(Button, { type: 'submit', disabled: invalid, loading: saving }, saving ? 'Saving...' : 'Create'))));
}

const alertOf = (kind: Tone, text: string, title?: string) => h(Alert, { color: tone[kind], variant: 'light', title }, text);
/** Shows a notification once after mount (next tick: `Notifications` subscribes in its own effect); `autoClose` false keeps it. */
const show = (kind: Tone, text: string, autoClose: number | false = false) => { notifications.show({ color: tone[kind], title: 'QuickBooks', message: text, autoClose }); };
const toast = (kind: Tone, text: string, autoClose: number | false = false) => h(OnMount, { effect: () => { setTimeout(() => show(kind, text, autoClose), 0); } });
const heading = (text: string) => h(Title, { order: 1, size: 'h3' }, text);
const page = (...children: ReactNode[]) => h(Stack, { p: 'md', gap: 'md' }, ...children);

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? alertOf('error', copy.template) : null }), toast('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) show('error', copy.template); }, [done]);
  return h('div', null, done ? null : h(Loader, { 'aria-label': 'Loading payees' }), h(ExpenseForm, {}));
}

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: alertOf('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.savedMessage)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), alertOf('success', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, h(Loader, { 'aria-label': 'Loading payees' }), h(ExpenseForm, {})) },
  'stuck-progress': { title: 'Import', render: () => page(heading('Importing QuickBooks customers'), h(Text, null, 'Import'), h(Progress, { value: 40, 'aria-label': 'Import progress', maw: 400 })) },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', render: () => page(heading('QuickBooks invoices'), h(Skeleton, { height: 12, width: 300, radius: 'xl' }), h(Skeleton, { height: 60, width: 400 }), h(Skeleton, { height: 60, width: 400 })) },
  'generic': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.codeMessage)) },
  'false-empty': { render: () => page(heading('Choose a payee'), h(Paper, { withBorder: true, p: 'lg' }, h(Text, { fw: 700 }, 'No payees found'), h(Text, { c: 'dimmed' }, 'Add a payee in QuickBooks first.'))) },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), alertOf('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h(Stack, { align: 'center', p: 48, gap: 'md', ta: 'center' }, h(Title, { order: 1, size: 'h2' }, copy.unavailableHeading),
      h(Text, { maw: 640 }, copy.loadTemplate), h(Button, null, 'Try again')),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(Group, { align: 'stretch', grow: true },
      h(Card, { withBorder: true }, h(Title, { order: 2, size: 'h4' }, 'Contact details'), h(Text, null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      h(Card, { withBorder: true }, h(Title, { order: 2, size: 'h4' }, 'QuickBooks invoices'), h(Text, { my: 'sm' }, copy.loadTemplate), h(Group, null, h(Button, { variant: 'outline' }, 'Try again'))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: alertOf('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), alertOf('warning', copy.settingsWarning), h(Switch, { label: 'Sync invoices', defaultChecked: true }), h(Group, null, h(Button, { disabled: true }, 'Save'))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template, 1000)) },
  'warning-toast': { title: 'Vendors', render: () => page(heading('Vendors'), h(List, null, h(List.Item, null, 'Acme'), h(List.Item, null, 'Globex')), toast('warning', copy.staleTemplate)) },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Modal, { opened: true, onClose: () => {}, title: copy.dialogTitle, centered: true },
      h(Text, null, copy.template), h(Group, { justify: 'flex-end', mt: 'md' }, h(Button, null, 'OK')))),
  },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), alertOf('error', copy.template), h(Text, null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(Table, null,
      h(Table.Thead, null, h(Table.Tr, null, h(Table.Th, null, 'Run'), h(Table.Th, null, 'Status'), h(Table.Th, null, ''))),
      h(Table.Tbody, null,
        h(Table.Tr, null, h(Table.Td, null, 'Create QuickBooks invoice'), h(Table.Td, null, h(Badge, { color: 'red' }, 'Failed'), ' ', copy.template), h(Table.Td, null, h(Button, { size: 'xs', variant: 'light' }, 'Retry'))),
        h(Table.Tr, null, h(Table.Td, null, 'Create QuickBooks invoice'), h(Table.Td, null, h(Badge, { color: 'green' }, 'Succeeded')), h(Table.Td, null, ''))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      h(Card, { withBorder: true }, h(Group, { gap: 'xs' }, h(Text, { fw: 700 }, 'Slack'), h(Badge, { color: 'green' }, 'Connected'))),
      h(Card, { withBorder: true }, h(Group, { gap: 'xs' }, h(Text, { fw: 700 }, 'QuickBooks'), h(Badge, { color: 'orange' }, copy.connectionLostBadge)), h(Text, { size: 'sm', c: 'dimmed', mt: 'xs' }, copy.connectionLostSentence))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h(Box, { h: 2400 }, 'Expense policy and help text'), h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })) },
};

mountReact(pages, (children) => h(MantineProvider, null, h(Notifications, { position: 'bottom-right' }), children));
