// The gallery's pages rendered with Shopify Polaris (@shopify/polaris): Banner, Toast, Modal, EmptyState, Spinner, ProgressBar, Skeleton*...
import '@shopify/polaris/build/esm/styles.css';
import type { ReactNode } from 'react';
import {
  AppProvider, Badge, Banner, BlockStack, Button, Card, Checkbox, DataTable, EmptyState, Form, FormLayout, Frame, InlineStack,
  Layout, LegacyCard, Modal, Page, ProgressBar, ResourceList, SkeletonBodyText, SkeletonDisplayText, Spinner, Text, TextField, Toast,
} from '@shopify/polaris';
import en from '@shopify/polaris/locales/en.json';
import * as copy from './copy.ts';
import { h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

const noop = () => {};
// EmptyState needs an illustration (it shows a placeholder until the image loads); a 1 px GIF keeps the page offline.
const illustration = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

interface FormProps { banner?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/** The expense form (Polaris Form + TextField `error`, which marks the input invalid and describes it). */
function ExpenseForm({ banner, invalid = false, saving = false, asForm = true }: FormProps) {
  const fields = h(FormLayout, null,
    banner,
    h(TextField, { label: 'Payee', autoComplete: 'off', onChange: noop, value: '', error: invalid ? copy.fieldMessage : undefined }),
    h(TextField, { label: 'Amount', autoComplete: 'off', onChange: noop, value: '' }),
    h(Button, { submit: true, variant: 'primary', disabled: invalid, loading: saving }, saving ? 'Saving...' : 'Create'));
  return h(Page, { title: 'Create a QuickBooks expense' }, h(Card, null, asForm ? h(Form, { onSubmit: noop }, fields) : fields));
}

const banner = (tone: 'critical' | 'warning' | 'success', text: string, title?: string) => h(Banner, { tone, title }, h('p', null, text));
const toast = (content: string, error = true, duration = 600_000) => h(Toast, { content, error, duration, onDismiss: noop });

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { banner: late ? banner('critical', copy.template) : null }), toast(copy.savedMessage, false));
}

function SlowThenToast() {
  const done = useAfter(1300);
  return h('div', null, done ? null : h(Spinner, { accessibilityLabel: 'Loading payees' }), h(ExpenseForm, {}), done ? toast(copy.template) : null);
}

function VanishingToast() {
  const gone = useAfter(1000);
  return h('div', null, h(ExpenseForm, {}), gone ? null : toast(copy.template));
}

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(OnMount, { effect: () => { setTimeout(() => { throw new TypeError("Cannot read properties of undefined (reading 'Vendor')"); }, 30); } })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { banner: banner('critical', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast(copy.partlySucceededMessage, false)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast(copy.savedMessage, false)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => h(Page, { title: 'Schedule a meeting' }, banner('success', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, h(Spinner, { accessibilityLabel: 'Loading payees', size: 'large' }), h(ExpenseForm, {})) },
  'stuck-progress': { title: 'Import', render: () => h(Page, { title: 'Importing QuickBooks customers' }, h(Card, null, h(ProgressBar, { progress: 40, size: 'small' }))) },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', render: () => h(Page, { title: 'QuickBooks invoices' }, h(Card, null, h(BlockStack, { gap: '400' }, h(SkeletonDisplayText, { size: 'small' }), h(SkeletonBodyText, { lines: 4 })))) },
  'generic': { render: () => h(ExpenseForm, { banner: banner('critical', copy.genericMessage) }) },
  'error-code': { render: () => h(ExpenseForm, { banner: banner('critical', copy.codeMessage, 'Something went wrong') }) },
  'false-empty': {
    render: () => h(Page, { title: 'Choose a payee' }, h(Card, null, h(ResourceList, {
      items: [], renderItem: () => null, resourceName: { singular: 'payee', plural: 'payees' },
      emptyState: h(EmptyState, { heading: 'No payees found', image: illustration }, h('p', null, 'Add a payee in QuickBooks first.')),
    }))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => h(Page, { title: 'QuickBooks App Store' }, banner('critical', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { banner: banner('critical', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h(Page, { title: 'Invoices' }, h(Card, null, h(EmptyState, { heading: copy.unavailableHeading, image: illustration, action: { content: 'Try again', onAction: noop } }, h('p', null, copy.loadTemplate)))),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => h(Page, { title: 'Customer: Acme' }, h(Layout, null,
      h(Layout.Section, { variant: 'oneHalf' }, h(LegacyCard, { title: 'Contact details', sectioned: true }, h('p', null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.'))),
      h(Layout.Section, { variant: 'oneHalf' }, h(LegacyCard, { title: 'QuickBooks invoices', sectioned: true },
        h(EmptyState, { heading: "Invoices can't be shown", image: illustration, action: { content: 'Try again', onAction: noop } }, h('p', null, copy.loadTemplate)))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { banner: banner('critical', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { banner: banner('critical', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { banner: banner('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => h(Page, { title: 'QuickBooks settings' }, h(Card, null, h(BlockStack, { gap: '400' }, banner('warning', copy.settingsWarning),
      h(Checkbox, { label: 'Sync invoices', checked: true, onChange: noop }), h(InlineStack, null, h(Button, { variant: 'primary', disabled: true }, 'Save'))))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast(copy.template)) },
  'toast-vanishes': { render: () => h(VanishingToast) },
  'warning-toast': {
    title: 'Vendors',
    render: () => h(Page, { title: 'Vendors' }, h(Card, null, h(ResourceList, { items: [{ id: '1', name: 'Acme' }, { id: '2', name: 'Globex' }], renderItem: (v: { name: string }) => h(Text, { as: 'p' }, v.name) })), toast(copy.staleTemplate, false)),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Modal, { open: true, title: copy.dialogTitle, onClose: noop, primaryAction: { content: 'OK', onAction: noop } }, h(Modal.Section, null, h('p', null, copy.template)))),
  },
  'inline-other': { title: 'Reports', render: () => h(Page, { title: 'Reports' }, h(BlockStack, { gap: '400' }, banner('critical', copy.template), h(Text, { as: 'p' }, 'Monthly totals'))) },
  'workflow': {
    title: 'Workflow history',
    render: () => h(Page, { title: 'Workflow history' }, h(Card, null, h(DataTable, {
      columnContentTypes: ['text', 'text', 'text'], headings: ['Run', 'Status', ''],
      rows: [
        ['Create QuickBooks invoice', h('span', null, h(Badge, { tone: 'critical' }, 'Failed'), ' ', copy.template), h(Button, null, 'Retry')],
        ['Create QuickBooks invoice', h(Badge, { tone: 'success' }, 'Succeeded'), ''],
      ],
    }))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => h(Page, { title: 'Connected apps' }, h(BlockStack, { gap: '400' },
      h(Card, null, h(InlineStack, { gap: '200' }, h(Text, { as: 'strong' }, 'Slack'), h(Badge, { tone: 'success' }, 'Connected'))),
      h(Card, null, h(BlockStack, { gap: '200' }, h(InlineStack, { gap: '200' }, h(Text, { as: 'strong' }, 'QuickBooks'), h(Badge, { tone: 'warning' }, copy.connectionLostBadge)),
        h(Text, { as: 'p', tone: 'subdued' }, copy.connectionLostSentence))))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { banner: banner('critical', copy.template), invalid: true })) },
};

mountReact(pages, (children) => h(AppProvider, { i18n: en }, h(Frame, null, children)));
