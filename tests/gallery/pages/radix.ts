// The gallery's pages rendered with Radix Themes 3 (@radix-ui/themes): Callout, Spinner, Skeleton, Progress,
// AlertDialog, TextField, Button, Badge, Card, Table, Switch; toasts with the Radix Toast primitive
// (@radix-ui/react-toast, styled as Radix's docs show: Radix Themes has no toast), icons from @radix-ui/react-icons.
import { useState, type ReactNode } from 'react';
import {
  AlertDialog, Badge, Box, Button, Callout, Card, Flex, Heading, Progress, Skeleton, Spinner, Switch, Table, Text, TextField, Theme,
} from '@radix-ui/themes';
import '@radix-ui/themes/styles.css';
import * as Toast from '@radix-ui/react-toast';
import { CheckCircledIcon, CrossCircledIcon, ExclamationTriangleIcon, MagnifyingGlassIcon } from '@radix-ui/react-icons';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, useAfter, type ReactPage } from './mount.ts';

type Tone = 'error' | 'warning' | 'success';
/** Radix colors a product picks per tone, and the icon Radix's docs put in each kind of callout. */
const colors = { error: 'red', warning: 'amber', success: 'green' } as const;
const icons = { error: CrossCircledIcon, warning: ExclamationTriangleIcon, success: CheckCircledIcon } as const;

/**
 * The toast styles of Radix's Toast docs (the primitive ships none), with Radix Themes' tokens for colours: a fixed
 * viewport at the bottom right, each toast a card with title, description and an action beside them.
 */
const toastCss = `
.ToastViewport { --viewport-padding: 25px; position: fixed; bottom: 0; right: 0; display: flex; flex-direction: column; padding: var(--viewport-padding);
  gap: 10px; width: 390px; max-width: 100vw; margin: 0; list-style: none; z-index: 2147483647; outline: none; }
.ToastRoot { background-color: var(--color-panel-solid); border-radius: 6px; padding: 15px; display: grid; column-gap: 15px; align-items: center;
  box-shadow: hsl(206 22% 7% / 35%) 0px 10px 38px -10px, hsl(206 22% 7% / 20%) 0px 10px 20px -15px;
  grid-template-areas: "title action" "description action"; grid-template-columns: auto max-content; }
.ToastRoot[data-state="open"] { animation: slideIn 150ms cubic-bezier(0.16, 1, 0.3, 1); }
.ToastRoot[data-state="closed"] { animation: hide 100ms ease-in; }
.ToastTitle { grid-area: title; margin-bottom: 5px; font-weight: 500; font-size: 15px; display: flex; gap: 6px; align-items: center; }
.ToastDescription { grid-area: description; margin: 0; color: var(--gray-11); font-size: 13px; line-height: 1.3; }
.ToastAction { grid-area: action; }
@keyframes hide { from { opacity: 1; } to { opacity: 0; } }
@keyframes slideIn { from { transform: translateX(calc(100% + var(--viewport-padding))); } to { transform: translateX(0); } }
`;

/** A toast as Radix's docs build one; `duration` Infinity keeps it (Radix's default is 5 s). */
function AppToast({ tone, title, text, duration = Infinity, action }: { tone: Tone; title: string; text?: string; duration?: number; action?: string }) {
  const [open, setOpen] = useState(true);
  return h(Toast.Root, { className: 'ToastRoot', open, onOpenChange: setOpen, duration },
    h(Toast.Title, { className: 'ToastTitle' }, h(Text, { color: colors[tone], asChild: true }, h(icons[tone])), title),
    text ? h(Toast.Description, { className: 'ToastDescription' }, text) : null,
    action ? h(Toast.Action, { className: 'ToastAction', asChild: true, altText: action }, h(Button, { size: '1', variant: 'soft' }, action)) : null);
}
const successToast = (text: string) => h(AppToast, { tone: 'success', title: text });
const errorToast = (text: string, options: { duration?: number; action?: string } = {}) => h(AppToast, { tone: 'error', title: 'QuickBooks', text, ...options });

/**
 * A Callout for a message; `announce` adds the alert role Radix's docs add to a callout that needs the user's
 * immediate attention (their "As alert" example: an error message that appears).
 */
const callout = (tone: Tone, text: string, announce = tone === 'error') => h(Callout.Root, { color: colors[tone], role: announce ? 'alert' : undefined },
  h(Callout.Icon, null, h(tone === 'success' ? CheckCircledIcon : ExclamationTriangleIcon)),
  h(Callout.Text, null, text));

const heading = (text: string) => h(Heading, { as: 'h1', size: '6' }, text);
const page = (...children: ReactNode[]) => h(Box, { p: '5' }, h(Flex, { direction: 'column', gap: '4' }, ...children));

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/**
 * The expense form: labelled TextFields; an unavailable payee field is red, aria-invalid and described by the red
 * message under it (Radix Themes has no field-error part: a product composes it). A save in progress is a disabled
 * Button holding a Spinner, as Radix's Button docs show.
 */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const submit = saving
    ? h(Button, { type: 'submit', disabled: true }, h(Spinner, { loading: true }), 'Saving...')
    : h(Button, { type: 'submit', disabled: invalid }, 'Create');
  return h(Box, { asChild: true, p: '5', maxWidth: '480px' }, h(asForm ? 'form' : 'div', { 'aria-label': asForm ? 'Create a QuickBooks expense' : undefined },
    h(Flex, { direction: 'column', gap: '3' },
      heading('Create a QuickBooks expense'),
      alert,
      h(Flex, { direction: 'column', gap: '1' },
        h(Text, { as: 'label', htmlFor: 'payee', size: '2', weight: 'bold' }, 'Payee'),
        h(TextField.Root, { id: 'payee', color: invalid ? 'red' : undefined, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? 'payee-error' : undefined, required: true }),
        invalid ? h(Text, { as: 'p', id: 'payee-error', size: '1', color: 'red' }, copy.fieldMessage) : null),
      h(Flex, { direction: 'column', gap: '1' },
        h(Text, { as: 'label', htmlFor: 'amount', size: '2', weight: 'bold' }, 'Amount'),
        h(TextField.Root, { id: 'amount', type: 'number' })),
      h(Flex, null, submit))));
}

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? callout('error', copy.template) : null }), successToast(copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  return h('div', null,
    done ? null : h(Flex, { gap: '2', align: 'center', p: '5', pb: '0' }, h(Spinner, { size: '3' }), h(Text, { size: '2', color: 'gray' }, 'Loading payees')),
    h(ExpenseForm, {}), done ? errorToast(copy.template, { action: 'Try again' }) : null);
}

const vendors = () => h(Table.Root, { variant: 'surface' },
  h(Table.Header, null, h(Table.Row, null, h(Table.ColumnHeaderCell, null, 'Vendor'), h(Table.ColumnHeaderCell, null, 'Balance'))),
  h(Table.Body, null,
    h(Table.Row, null, h(Table.RowHeaderCell, null, 'Acme'), h(Table.Cell, null, '$1,200.00')),
    h(Table.Row, null, h(Table.RowHeaderCell, null, 'Globex'), h(Table.Cell, null, '$310.50'))));

const skeletonCard = () => h(Card, { style: { maxWidth: 420 } }, h(Flex, { direction: 'column', gap: '2' },
  h(Heading, { as: 'h2', size: '3' }, h(Skeleton, null, 'Invoice INV-1042')),
  h(Text, { as: 'p', size: '2' }, h(Skeleton, null, 'Acme Ltd, due 30 December, $1,200.00 outstanding'))));

const emptyState = (icon: ReactNode, title: string | null, text: string, action?: ReactNode) => h(Flex, { direction: 'column', align: 'center', gap: '3', p: '6', style: { textAlign: 'center' } },
  icon, title ? h(Heading, { as: 'h2', size: '4' }, title) : null, h(Text, { as: 'p', size: '2', color: 'gray', style: { maxWidth: 560 } }, text), action);

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: callout('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), successToast(copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), successToast(copy.savedMessage)) },
  // A confirmation page: the Callout is the page's content (no role).
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), callout('success', copy.meetingMessage)) },
  'stuck-spinner': {
    render: () => h('div', null, h(Flex, { gap: '2', align: 'center', p: '5', pb: '0' }, h(Spinner, { size: '3' }), h(Text, { size: '2', color: 'gray' }, 'Loading payees')), h(ExpenseForm, {})),
  },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h(Text, { as: 'p', size: '2' }, 'Importing customers: 40 %'),
      h(Box, { maxWidth: '400px' }, h(Progress, { value: 40, 'aria-label': 'Import progress' }))),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', render: () => page(heading('QuickBooks invoices'), skeletonCard(), skeletonCard()) },
  'generic': { render: () => h(ExpenseForm, { alert: callout('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), errorToast(copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(Card, { style: { maxWidth: 480 } },
      emptyState(h(MagnifyingGlassIcon, { width: 32, height: 32 }), 'No payees found', 'Add a payee in QuickBooks first.'))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), callout('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: callout('error', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => emptyState(h(ExclamationTriangleIcon, { width: 40, height: 40 }), copy.unavailableHeading, copy.loadTemplate, h(Button, null, 'Try again')),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(Flex, { gap: '4', align: 'stretch' },
      h(Card, { style: { flex: 1 } }, h(Heading, { as: 'h2', size: '3', mb: '2' }, 'Contact details'),
        h(Text, { as: 'p', size: '2' }, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      h(Card, { style: { flex: 1 } }, h(Heading, { as: 'h2', size: '3', mb: '2' }, 'QuickBooks invoices'),
        h(Flex, { direction: 'column', align: 'start', gap: '3' }, h(Text, { as: 'p', size: '2', color: 'gray' }, copy.loadTemplate), h(Button, { variant: 'soft' }, 'Try again'))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: callout('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: callout('error', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: callout('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), callout('warning', copy.settingsWarning),
      h(Text, { as: 'label', size: '2' }, h(Flex, { gap: '2', align: 'center' }, h(Switch, { defaultChecked: true }), 'Sync invoices')),
      h(Flex, null, h(Button, { disabled: true }, 'Save'))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), errorToast(copy.template, { action: 'Try again' })) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), errorToast(copy.template, { duration: 1000 })) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), vendors(), h(AppToast, { tone: 'warning', title: 'QuickBooks', text: copy.staleTemplate })),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(AlertDialog.Root, { open: true },
      h(AlertDialog.Content, { maxWidth: '480px' }, h(AlertDialog.Title, null, copy.dialogTitle), h(AlertDialog.Description, { size: '2' }, copy.template),
        h(Flex, { justify: 'end', mt: '4' }, h(AlertDialog.Action, null, h(Button, null, 'OK')))))),
  },
  'inline-other': {
    title: 'Reports',
    render: () => page(heading('Reports'), callout('error', copy.template), h(Heading, { as: 'h2', size: '4' }, 'Monthly totals'),
      h(Table.Root, null, h(Table.Body, null, h(Table.Row, null, h(Table.RowHeaderCell, null, 'November'), h(Table.Cell, null, '$12,400.00'))))),
  },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(Table.Root, { variant: 'surface' },
      h(Table.Header, null, h(Table.Row, null, h(Table.ColumnHeaderCell, null, 'Run'), h(Table.ColumnHeaderCell, null, 'Status'), h(Table.ColumnHeaderCell, null, ''))),
      h(Table.Body, null,
        h(Table.Row, null, h(Table.RowHeaderCell, null, 'Create QuickBooks invoice'),
          h(Table.Cell, null, h(Badge, { color: 'red' }, 'Failed'), ' ', copy.template), h(Table.Cell, null, h(Button, { size: '1', variant: 'soft' }, 'Retry'))),
        h(Table.Row, null, h(Table.RowHeaderCell, null, 'Create QuickBooks invoice'), h(Table.Cell, null, h(Badge, { color: 'green' }, 'Succeeded')), h(Table.Cell, null, ''))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      h(Card, null, h(Flex, { gap: '2', align: 'center' }, h(Text, { weight: 'bold' }, 'Slack'), h(Badge, { color: 'green' }, 'Connected'))),
      h(Card, null, h(Flex, { direction: 'column', gap: '2' },
        h(Flex, { gap: '2', align: 'center' }, h(Text, { weight: 'bold' }, 'QuickBooks'), h(Badge, { color: 'amber' }, copy.connectionLostBadge)),
        h(Text, { as: 'p', size: '2', color: 'gray' }, copy.connectionLostSentence)))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': {
    render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: callout('error', copy.template), invalid: true })),
  },
};

// The app inside Radix's Theme, with one Toast.Provider and its Viewport (the docs' anatomy).
mountReact(pages, (children) => h(Theme, null, h('style', null, toastCss), h(Toast.Provider, null, children, h(Toast.Viewport, { className: 'ToastViewport' }))));
