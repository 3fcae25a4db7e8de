// The gallery's pages rendered with Segment's Evergreen 7 (evergreen-ui): Alert, InlineAlert, toaster, Spinner,
// Dialog, TextInputField (isInvalid + validationMessage), Button isLoading, Badge, Pane/Card, Table, EmptyState.
// Evergreen has no skeleton and no progress component: the invoices page shows what its docs use for loading (a
// Spinner centred in the Pane that waits for the data), and the import page uses the platform's `<progress>`.
import { useEffect, type ReactNode } from 'react';
import {
  Alert, Badge, Button, Card, Dialog, EmptyState, Heading, InlineAlert, OfflineIcon, Pane, Paragraph, SearchIcon,
  Spinner, Switch, Table, Text, TextInputField, toaster,
} from 'evergreen-ui';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

type Tone = 'danger' | 'warning' | 'success';

/** The first sentence of a message (the Alert's or toast's title) and the rest (its description). */
function split(text: string): { title: string; rest?: string } {
  const at = text.search(/\.\s/);
  return at < 0 ? { title: text } : { title: text.slice(0, at + 1), rest: text.slice(at + 2) };
}

/** Evergreen's Alert (it carries role=alert itself): the summary as its title, the rest as its text. */
const alert = (tone: Tone, text: string) => {
  const { title, rest } = split(text);
  return h(Alert, { intent: tone, title, marginBottom: 24 }, rest);
};

/** A toast from Evergreen's `toaster` (`duration` in seconds; Evergreen's default is 5). */
const show = (tone: Tone, text: string, duration?: number) => {
  const { title, rest } = split(text);
  toaster[tone](title, { description: rest, duration });
};
const toast = (tone: Tone, text: string, duration?: number) => h(OnMount, { effect: () => show(tone, text, duration) });

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/** The expense form: TextInputField with isInvalid (aria-invalid) and its validationMessage (aria-describedby). */
function ExpenseForm({ alert: banner, invalid = false, saving = false, asForm = true }: FormProps) {
  return h(Pane, { is: asForm ? 'form' : 'div', 'aria-label': asForm ? 'Create a QuickBooks expense' : undefined, padding: 24, maxWidth: 480 },
    h(Heading, { is: 'h1', size: 700, marginBottom: 24 }, 'Create a QuickBooks expense'),
    banner,
    h(TextInputField, { id: 'payee', label: 'Payee', isInvalid: invalid, validationMessage: invalid ? copy.fieldMessage : undefined }),
    h(TextInputField, { id: 'amount', label: 'Amount' }),
    h(Button, { type: 'submit', appearance: 'primary', disabled: invalid, isLoading: saving }, saving ? 'Saving...' : 'Create'));
}

const heading = (text: string) => h(Heading, { is: 'h1', size: 700 }, text);
const page = (...children: ReactNode[]) => h(Pane, { padding: 24, display: 'flex', flexDirection: 'column', gap: 16 }, ...children);

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? alert('danger', copy.template) : null }), toast('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) show('danger', copy.template, 8); }, [done]);
  return h('div', null, done ? null : h(Pane, { display: 'flex', justifyContent: 'center', padding: 16 }, h(Spinner, { size: 32 })), h(ExpenseForm, {}));
}

/** The product's table of QuickBooks vendors, the warning toast's page. */
const vendors = () => h(Table, { maxWidth: 600 },
  h(Table.Head, null, h(Table.TextHeaderCell, null, 'Vendor'), h(Table.TextHeaderCell, null, 'Balance')),
  h(Table.Body, null,
    h(Table.Row, null, h(Table.TextCell, null, 'Acme'), h(Table.TextCell, { isNumber: true }, '$1,200.00')),
    h(Table.Row, null, h(Table.TextCell, null, 'Globex'), h(Table.TextCell, { isNumber: true }, '$310.50'))));

const card = (...children: ReactNode[]) => h(Card, { elevation: 1, background: 'white', padding: 24, flex: 1 }, ...children);

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: alert('danger', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.savedMessage)) },
  // A confirmation page: the success Alert is the page's content.
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), alert('success', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, h(Pane, { display: 'flex', justifyContent: 'center', padding: 16 }, h(Spinner, { size: 32 })), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h(Text, { is: 'label', htmlFor: 'import-progress' }, 'Importing customers: 40 %'),
      h('progress', { id: 'import-progress', value: 40, max: 100, style: { width: 400 } })),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h(Table, { maxWidth: 600 },
      h(Table.Head, null, h(Table.TextHeaderCell, null, 'Invoice'), h(Table.TextHeaderCell, null, 'Customer'), h(Table.TextHeaderCell, null, 'Amount')),
      h(Table.Body, { height: 240 }, h(Pane, { display: 'flex', alignItems: 'center', justifyContent: 'center', height: 240 }, h(Spinner, null))))),
  },
  'generic': { render: () => h(ExpenseForm, { alert: alert('danger', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('danger', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(EmptyState, {
      background: 'light', title: 'No payees found', orientation: 'horizontal', icon: h(SearchIcon, { color: '#C1C4D6' }), iconBgColor: '#EDEFF5',
      description: 'Add a payee in QuickBooks first.',
    })),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), alert('danger', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: alert('danger', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h(Pane, { padding: 48 }, h(EmptyState, {
      background: 'light', title: copy.unavailableHeading, orientation: 'vertical', icon: h(OfflineIcon, { color: '#EBAC91' }), iconBgColor: '#F8E3DA',
      description: copy.loadTemplate, primaryCta: h(EmptyState.PrimaryButton, null, 'Try again'),
    })),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(Pane, { display: 'flex', gap: 16, alignItems: 'stretch' },
      card(h(Heading, { size: 500, marginBottom: 12 }, 'Contact details'), h(Paragraph, null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      h(Card, { elevation: 1, background: 'white', flex: 1 }, h(EmptyState, {
        background: 'light', title: 'QuickBooks invoices', orientation: 'vertical', icon: h(OfflineIcon, { color: '#EBAC91' }), iconBgColor: '#F8E3DA',
        description: copy.loadTemplate, primaryCta: h(EmptyState.PrimaryButton, null, 'Try again'),
      })))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: alert('danger', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: alert('danger', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: alert('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), alert('warning', copy.settingsWarning),
      h(Pane, { display: 'flex', alignItems: 'center', gap: 8 }, h(Switch, { id: 'sync', checked: true, onChange: () => {} }), h(Text, { is: 'label', htmlFor: 'sync' }, 'Sync invoices')),
      h(Pane, null, h(Button, { appearance: 'primary', disabled: true }, 'Save'))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('danger', copy.template, 8)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast('danger', copy.template, 1)) },
  'warning-toast': { title: 'Vendors', render: () => page(heading('Vendors'), vendors(), toast('warning', copy.staleTemplate, 8)) },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Dialog, {
      isShown: true, title: copy.dialogTitle, intent: 'danger', confirmLabel: 'OK', hasCancel: false, onConfirm: (close: () => void) => close(),
    }, h(Paragraph, null, copy.template))),
  },
  'inline-other': {
    title: 'Reports',
    render: () => page(heading('Reports'), h(InlineAlert, { intent: 'danger' }, copy.template), h(Heading, { size: 500 }, 'Monthly totals'),
      h(Table, { maxWidth: 400 }, h(Table.Body, null, h(Table.Row, null, h(Table.TextCell, null, 'November'), h(Table.TextCell, { isNumber: true }, '$12,400.00'))))),
  },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(Table, null,
      h(Table.Head, null, h(Table.TextHeaderCell, { flexBasis: 240, flexShrink: 0, flexGrow: 0 }, 'Run'), h(Table.TextHeaderCell, null, 'Status'), h(Table.TextHeaderCell, { flexBasis: 120, flexShrink: 0, flexGrow: 0 }, '')),
      h(Table.Body, null,
        h(Table.Row, { height: 'auto', paddingY: 12 },
          h(Table.TextCell, { flexBasis: 240, flexShrink: 0, flexGrow: 0 }, 'Create QuickBooks invoice'),
          h(Table.Cell, { display: 'block' }, h(Badge, { color: 'red', marginRight: 8 }, 'Failed'), h(Text, { size: 300 }, copy.template)),
          h(Table.Cell, { flexBasis: 120, flexShrink: 0, flexGrow: 0 }, h(Button, { size: 'small' }, 'Retry'))),
        h(Table.Row, null,
          h(Table.TextCell, { flexBasis: 240, flexShrink: 0, flexGrow: 0 }, 'Create QuickBooks invoice'),
          h(Table.Cell, null, h(Badge, { color: 'green' }, 'Succeeded')),
          h(Table.Cell, { flexBasis: 120, flexShrink: 0, flexGrow: 0 }, ''))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      card(h(Heading, { size: 500 }, 'Slack ', h(Badge, { color: 'green', marginLeft: 8 }, 'Connected'))),
      card(h(Heading, { size: 500 }, 'QuickBooks ', h(Badge, { color: 'orange', marginLeft: 8 }, copy.connectionLostBadge)),
        h(Paragraph, { color: 'muted', marginTop: 8 }, copy.connectionLostSentence))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: alert('danger', copy.template), invalid: true })) },
};

mountReact(pages);
