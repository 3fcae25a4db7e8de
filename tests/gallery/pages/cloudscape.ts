// The gallery's pages rendered with Cloudscape (@cloudscape-design/components 3 with @cloudscape-design/global-styles,
// React 18): Alert (inline, in a form), Flashbar (the page's notifications, at the top of the content as the app
// layout's notifications slot places them), Form + FormField errorText (Input invalid), StatusIndicator loading (the
// docs' loading state with its text), ProgressBar, Skeleton + a hidden LiveRegion, Modal, Button loading,
// StatusIndicator, Table (empty slot), Cards, Container, Header, Box empty states, Toggle.
import { useEffect, useState, type ReactNode } from 'react';
import Alert from '@cloudscape-design/components/alert';
import Box from '@cloudscape-design/components/box';
import Button from '@cloudscape-design/components/button';
import Cards from '@cloudscape-design/components/cards';
import ColumnLayout from '@cloudscape-design/components/column-layout';
import Container from '@cloudscape-design/components/container';
import Flashbar, { type FlashbarProps } from '@cloudscape-design/components/flashbar';
import Form from '@cloudscape-design/components/form';
import FormField from '@cloudscape-design/components/form-field';
import Header from '@cloudscape-design/components/header';
import Input from '@cloudscape-design/components/input';
import LiveRegion from '@cloudscape-design/components/live-region';
import Modal from '@cloudscape-design/components/modal';
import ProgressBar from '@cloudscape-design/components/progress-bar';
import Skeleton from '@cloudscape-design/components/skeleton';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import Table from '@cloudscape-design/components/table';
import TextContent from '@cloudscape-design/components/text-content';
import Toggle from '@cloudscape-design/components/toggle';
import '@cloudscape-design/global-styles/index.css';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

type AlertType = 'error' | 'warning' | 'success' | 'info';

/** An inline Alert (no header: the copy is one message). */
const alertOf = (type: AlertType, text: string) => h(Alert, { type, statusIconAriaLabel: type === 'error' ? 'Error' : type === 'warning' ? 'Warning' : type === 'success' ? 'Success' : 'Info' }, text);

/** A controlled Input in a FormField: errorText makes the field invalid (FormField passes `invalid` to its Input). */
function Field({ label, errorText }: { label: string; errorText?: string }) {
  const [value, setValue] = useState('');
  return h(FormField, { label, errorText },
    h(Input, { value, onChange: ({ detail }: { detail: { value: string } }) => setValue(detail.value) }));
}

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/**
 * The expense form as Cloudscape's Form docs show it: a native form (the Form component renders none) around Form with
 * a Header, the fields in a Container, the submit button in `actions` (`loading` while saving). The alert sits at the
 * top of the form content, above the fields.
 */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const submit = h(Button, { variant: 'primary', disabled: invalid, loading: saving, loadingText: saving ? 'Saving' : undefined }, saving ? 'Saving...' : 'Create');
  const fields = [
    h(Field, { key: 'payee', label: 'Payee', errorText: invalid ? copy.fieldMessage : undefined }),
    h(Field, { key: 'amount', label: 'Amount' }),
  ];
  const header = h(Header, { variant: 'h1' }, 'Create a QuickBooks expense');
  return h(Box, { padding: 'l' }, h('div', { style: { maxWidth: 560 } },
    asForm
      ? h('form', { onSubmit: (e: Event) => e.preventDefault() },
        h(Form, { header, actions: h(SpaceBetween, { direction: 'horizontal', size: 'xs' }, submit) },
          h(SpaceBetween, { size: 'l' }, alert ?? null, h(Container, null, h(SpaceBetween, { size: 'l' }, ...fields)))))
      // Outside any form: the alert directly above the field, in the same layout the form uses.
      : h(SpaceBetween, { size: 'l' }, header, alert ?? null, ...fields, h(Box, null, submit))));
}

// The page's notifications: one Flashbar fed by `notify`, like a notification service (the docs: the flashbar is
// controlled; the app keeps the items in its state and removes them on dismiss).
let pushItem: (item: FlashbarProps.MessageDefinition) => void = () => {};
let removeItem: (id: string) => void = () => {};
let nextId = 1;

function Notifications() {
  const [items, setItems] = useState<FlashbarProps.MessageDefinition[]>([]);
  useEffect(() => {
    pushItem = (item) => setItems((prev) => [item, ...prev]);
    removeItem = (id) => setItems((prev) => prev.filter((i) => i.id !== id));
  }, []);
  return h(Flashbar, { items, i18nStrings: { ariaLabel: 'Notifications' } });
}

type FlashType = 'error' | 'warning' | 'success';
/** Adds a flash message added after page load: `ariaRole` alert for errors and warnings, status for success (the docs). */
const notify = (type: FlashType, content: string, hideAfter?: number) => {
  const id = `flash-${nextId++}`;
  pushItem({
    id, type, content, dismissible: true, dismissLabel: 'Dismiss message', ariaRole: type === 'success' ? 'status' : 'alert',
    statusIconAriaLabel: type === 'error' ? 'Error' : type === 'warning' ? 'Warning' : 'Success', onDismiss: () => removeItem(id),
  });
  if (hideAfter) setTimeout(() => removeItem(id), hideAfter);
};
/** Shows a flash message once after mount (next tick: the Notifications component takes its feed in its own effect). */
const flash = (type: FlashType, content: string, hideAfter?: number) => h(OnMount, { effect: () => { setTimeout(() => notify(type, content, hideAfter), 0); } });

const heading = (text: string) => h(Header, { variant: 'h1' }, text);
const page = (...children: ReactNode[]) => h(Box, { padding: 'l' }, h(SpaceBetween, { size: 'l' }, ...children));
/** The docs' in-context loading state: a loading status indicator with the loading text. */
const loading = () => h(Box, { padding: { horizontal: 'l', top: 'l' } }, h(StatusIndicator, { type: 'loading' }, 'Loading payees'));

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? alertOf('error', copy.template) : null }), flash('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) notify('error', copy.template); }, [done]);
  return h('div', null, done ? null : loading(), h(ExpenseForm, {}));
}

/** The docs' empty state: centred text, a heading, the explanation and the next step as a button. */
const unavailable = (level: 'h1' | 'h3') =>
  h(Box, { textAlign: 'center', color: 'inherit', margin: { vertical: level === 'h1' ? 'xxxl' : 'xs' } },
    h(SpaceBetween, { size: 'm' },
      h(Box, { variant: level }, copy.unavailableHeading),
      h(Box, { variant: 'p', color: 'inherit' }, copy.loadTemplate),
      h(Button, { variant: level === 'h1' ? 'primary' : 'normal' }, 'Try again')));

interface Payee { name: string; email: string }
interface Run { id: string; run: string; failed: boolean }
interface App { name: string; lost: boolean }

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: alertOf('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), flash('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), flash('success', copy.savedMessage)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), alertOf('success', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, loading(), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h('div', { style: { maxWidth: 480 } },
      h(ProgressBar, { value: 40, label: 'Import', description: 'Importing customers from QuickBooks' }))),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    // Skeletons are decorative; the loading text is announced by a visually hidden live region.
    render: () => page(heading('QuickBooks invoices'), h('div', { style: { maxWidth: 400 } }, h(SpaceBetween, { size: 's' },
      h(Skeleton, { variant: 'text-heading-m', width: '75%' }),
      h(Skeleton, { height: '60px' }),
      h(Skeleton, { height: '60px' }),
      h(LiveRegion, { hidden: true }, 'Loading invoices')))),
  },
  'generic': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), flash('error', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(Table, {
      items: [] as Payee[],
      ariaLabels: { tableLabel: 'Payees' },
      columnDefinitions: [
        { id: 'name', header: 'Name', cell: (p: Payee) => p.name },
        { id: 'email', header: 'Email', cell: (p: Payee) => p.email },
      ],
      empty: h(Box, { margin: { vertical: 'xs' }, textAlign: 'center', color: 'inherit' },
        h(SpaceBetween, { size: 'm' }, h('b', null, 'No payees found'), h(Box, { variant: 'p', color: 'inherit' }, 'Add a payee in QuickBooks first.'))),
    })),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), alertOf('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template) }) },
  'empty-full-page': { title: 'Invoices', render: () => page(unavailable('h1')) },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(ColumnLayout, { columns: 2 },
      h(Container, { header: h(Header, { variant: 'h2' }, 'Contact details') }, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.'),
      h(Container, { header: h(Header, { variant: 'h2' }, 'QuickBooks invoices') }, unavailable('h3')))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: alertOf('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), alertOf('warning', copy.settingsWarning),
      h('form', { onSubmit: (e: Event) => e.preventDefault() },
        h(Form, { actions: h(Button, { variant: 'primary', disabled: true }, 'Save') },
          h(Container, null, h(Toggle, { checked: true, onChange: () => {} }, 'Sync invoices'))))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), flash('error', copy.template)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), flash('error', copy.template, 1000)) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), h(TextContent, null, h('ul', null, h('li', null, 'Acme'), h('li', null, 'Globex'))), flash('warning', copy.staleTemplate)),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}),
      h(Modal, {
        visible: true, onDismiss: () => {}, closeAriaLabel: 'Close', header: copy.dialogTitle,
        footer: h(Box, { float: 'right' }, h(Button, { variant: 'primary' }, 'OK')),
      }, copy.template)),
  },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), alertOf('error', copy.template), h(Box, { variant: 'p' }, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(Table, {
      items: [{ id: '1', run: 'Create QuickBooks invoice', failed: true }, { id: '2', run: 'Create QuickBooks invoice', failed: false }] as Run[],
      trackBy: 'id',
      ariaLabels: { tableLabel: 'Workflow runs' },
      wrapLines: true,
      columnDefinitions: [
        { id: 'run', header: 'Run', cell: (r: Run) => r.run },
        {
          id: 'status', header: 'Status',
          cell: (r: Run) => r.failed
            ? h(SpaceBetween, { size: 'xxs' }, h(StatusIndicator, { type: 'error' }, 'Failed'), copy.template)
            : h(StatusIndicator, { type: 'success' }, 'Succeeded'),
        },
        { id: 'actions', header: 'Actions', minWidth: 120, cell: (r: Run) => r.failed ? h(Button, { wrapText: false }, 'Retry') : null },
      ],
    })),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(h(Cards, {
      header: heading('Connected apps'),
      items: [{ name: 'Slack', lost: false }, { name: 'QuickBooks', lost: true }] as App[],
      trackBy: 'name',
      cardsPerRow: [{ cards: 1 }, { minWidth: 500, cards: 2 }],
      cardDefinition: {
        header: (a: App) => a.name,
        sections: [
          { id: 'status', header: 'Status', content: (a: App) => a.lost ? h(StatusIndicator, { type: 'warning' }, copy.connectionLostBadge) : h(StatusIndicator, { type: 'success' }, 'Connected') },
          { id: 'details', content: (a: App) => a.lost ? copy.connectionLostSentence : null },
        ],
      },
    })),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })) },
};

// Every page shows the notifications at the top of the content, as the app layout's notifications slot does.
const withNotifications: Record<string, ReactPage> = Object.fromEntries(Object.entries(pages).map(([id, p]) =>
  [id, { ...p, render: () => h('div', null, h(Notifications), p.render()) }]));

mountReact(withNotifications);
