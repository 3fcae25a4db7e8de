// The gallery's pages rendered with Primer React (@primer/react 38 with @primer/primitives' CSS tokens and
// @primer/octicons-react, React 18): Banner (its hidden-title and with-announcement examples: the message in an
// AriaAlert or AriaStatus, as Primer's accessibility guidance asks of a banner that appears client-side), InlineMessage,
// Blankslate, Spinner, SkeletonText + SkeletonBox, ProgressBar, Dialog, FormControl + FormControl.Validation, Button
// loading and inactive, Label, Card, DataTable, ToggleSwitch. Primer React has no toast component (Primer's guidance
// advises against toasts), so the toast behaviours are not rendered (cases/primer.ts).
import type { ReactNode } from 'react';
import {
  AriaAlert, AriaStatus, Banner, BaseStyles, Button, Dialog, FormControl, Heading, Label, ProgressBar, Spinner, Stack, Text,
  TextInput, ToggleSwitch, VisuallyHidden,
} from '@primer/react';
import { Blankslate, Card, DataTable, InlineMessage, SkeletonBox, SkeletonText, Table } from '@primer/react/experimental';
import { AlertIcon, PeopleIcon } from '@primer/octicons-react';
import '@primer/primitives/dist/css/primitives.css';
import '@primer/primitives/dist/css/functional/themes/light.css';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, useAfter, type ReactPage } from './mount.ts';

type Variant = 'critical' | 'warning' | 'success';
const hiddenTitle: Record<Variant, string> = { critical: 'Error', warning: 'Warning', success: 'Success' };

/**
 * A banner the product shows after a call came back: the docs' hidden-title example, its message in an AriaAlert
 * (critical) or AriaStatus (the docs' "with announcement" example) so it is announced when it appears. `live: false`
 * for a banner that is part of the page as served (the 3rd party's own page, a static confirmation).
 */
const banner = (variant: Variant, text: string, live = true) => h(Banner, {
  variant, title: hiddenTitle[variant], hideTitle: true,
  description: live ? h(variant === 'critical' ? AriaAlert : AriaStatus, { announceOnShow: true }, text) : text,
});

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/**
 * The expense form: FormControl ties the label, the TextInput and its FormControl.Validation message. When QuickBooks
 * is unreachable the Create button is `inactive` (the docs: for a system error such as an outage).
 */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const fields = h(Stack, { gap: 'normal' },
    alert ?? null,
    h(FormControl, { required: true },
      h(FormControl.Label, null, 'Payee'),
      h(TextInput, { name: 'payee', block: true, validationStatus: invalid ? 'error' : undefined }),
      invalid ? h(FormControl.Validation, { variant: 'error' }, copy.fieldMessage) : null),
    h(FormControl, null, h(FormControl.Label, null, 'Amount'), h(TextInput, { name: 'amount', block: true })),
    h('div', null, h(Button, { type: 'submit', variant: 'primary', inactive: invalid, loading: saving }, saving ? 'Saving...' : 'Create')));
  return h('div', { style: { padding: 16, maxWidth: 480 } },
    h(Heading, { as: 'h1', variant: 'medium', style: { marginBottom: 16 } }, 'Create a QuickBooks expense'),
    asForm ? h('form', { 'aria-label': 'Create a QuickBooks expense', onSubmit: (e: Event) => e.preventDefault() }, fields) : fields);
}

const heading = (text: string) => h(Heading, { as: 'h1', variant: 'medium' }, text);
const page = (...children: ReactNode[]) => h('div', { style: { padding: 16 } }, h(Stack, { gap: 'normal' }, ...children));
const spinner = () => h(Spinner, { size: 'large', srText: 'Loading payees' });

function SuccessThenError() {
  const late = useAfter(1600);
  // One banner at a time (the docs' best practice): the error replaces the confirmation.
  return h(ExpenseForm, { alert: late ? banner('critical', copy.template) : banner('success', copy.savedMessage) });
}

const unavailable = (as: 'h1' | 'h3', size: 'large' | 'small') =>
  h(Blankslate, { spacious: size === 'large', size },
    h(Blankslate.Visual, null, h(AlertIcon, { size: 'medium' })),
    h(Blankslate.Heading, { as }, copy.unavailableHeading),
    h(Blankslate.Description, null, copy.loadTemplate),
    h(Blankslate.PrimaryAction, { onClick: () => {} }, 'Try again'));

interface Run { id: number; run: string; failed: boolean }
const runs: Run[] = [{ id: 1, run: 'Create QuickBooks invoice', failed: true }, { id: 2, run: 'Create QuickBooks invoice', failed: false }];

const appCard = (name: string, label: ReactNode, body?: string) =>
  h(Card, null,
    h(Card.Heading, { as: 'h2' }, name),
    h(Card.Action, null, label),
    body ? h(Card.Description, null, body) : null);

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: banner('critical', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: banner('success', copy.partlySucceededMessage) }) },
  'false-success': { render: () => h(ExpenseForm, { alert: banner('success', copy.savedMessage) }) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), banner('success', copy.meetingMessage, false)) },
  'stuck-spinner': { render: () => h('div', null, h('div', { style: { padding: 16 } }, spinner()), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h('div', { style: { maxWidth: 480 } }, h(ProgressBar, { progress: 40, 'aria-label': 'Import' }))),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h('div', { style: { maxWidth: 400 } }, h(Stack, { gap: 'normal' },
      h(SkeletonText, { size: 'bodyMedium', maxWidth: '75%' }),
      h(SkeletonBox, { height: '60px' }),
      h(SkeletonBox, { height: '60px' })))),
  },
  'generic': { render: () => h(ExpenseForm, { alert: banner('critical', copy.genericMessage) }) },
  'error-code': { render: () => h(ExpenseForm, { alert: banner('critical', copy.codeMessage) }) },
  'false-empty': {
    render: () => page(heading('Choose a payee'),
      h(Blankslate, { border: true },
        h(Blankslate.Visual, null, h(PeopleIcon, { size: 'medium' })),
        h(Blankslate.Heading, { as: 'h2' }, 'No payees found'),
        h(Blankslate.Description, null, 'Add a payee in QuickBooks first.'))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), banner('critical', copy.thirdPartyMessage, false)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: banner('critical', copy.template) }) },
  'empty-full-page': { title: 'Invoices', render: () => h('div', { style: { padding: 16 } }, unavailable('h1', 'large')) },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(Stack, { direction: 'horizontal', gap: 'normal', wrap: 'wrap' },
      h('div', { style: { flex: '1 1 320px' } }, h(Card, null, h(Card.Heading, { as: 'h2' }, 'Contact details'),
        h(Card.Description, null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.'))),
      // Card renders only its Card.* parts when it has them: the invoices card is custom content (the docs allow either).
      h('div', { style: { flex: '1 1 320px' } }, h(Card, null, h(Heading, { as: 'h2', variant: 'small' }, 'QuickBooks invoices'), unavailable('h3', 'small'))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: banner('critical', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: banner('critical', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: banner('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), banner('warning', copy.settingsWarning),
      h('form', { 'aria-label': 'QuickBooks settings', onSubmit: (e: Event) => e.preventDefault() }, h(Stack, { gap: 'normal' },
        h(Stack, { direction: 'horizontal', align: 'center', justify: 'space-between', style: { maxWidth: 480 } },
          h(Text, { id: 'sync-invoices-label', weight: 'semibold' }, 'Sync invoices'),
          h(ToggleSwitch, { 'aria-labelledby': 'sync-invoices-label', checked: true, onChange: () => {} })),
        h('div', null, h(Button, { type: 'submit', variant: 'primary', inactive: true }, 'Save'))))),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}),
      h(Dialog, { title: copy.dialogTitle, onClose: () => {}, footerButtons: [{ buttonType: 'primary', content: 'OK', onClick: () => {} }] }, copy.template)),
  },
  'inline-other': {
    title: 'Reports',
    render: () => page(heading('Reports'), h(AriaAlert, { announceOnShow: true }, h(InlineMessage, { variant: 'critical' }, copy.template)), h(Text, { as: 'p' }, 'Monthly totals')),
  },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(Table.Container, null,
      h(Table.Title, { as: 'h2', id: 'runs' }, 'Workflow runs'),
      h(DataTable, {
        'aria-labelledby': 'runs',
        data: runs,
        columns: [
          { header: 'Run', field: 'run', rowHeader: true },
          { header: 'Status', field: 'failed', renderCell: (r: Run) => r.failed
            ? h('span', null, h(Label, { variant: 'danger' }, 'Failed'), ' ', copy.template)
            : h(Label, { variant: 'success' }, 'Succeeded') },
          { id: 'actions', header: () => h(VisuallyHidden, null, 'Actions'), renderCell: (r: Run) => r.failed ? h(Button, { size: 'small' }, 'Retry') : null },
        ],
      }))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      appCard('Slack', h(Label, { variant: 'success' }, 'Connected')),
      appCard('QuickBooks', h(Label, { variant: 'attention' }, copy.connectionLostBadge), copy.connectionLostSentence)),
  },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: banner('critical', copy.template), invalid: true })) },
};

// The README's setup: the theme's attributes on the html element, BaseStyles at the root.
document.documentElement.setAttribute('data-color-mode', 'light');
document.documentElement.setAttribute('data-light-theme', 'light');
document.documentElement.setAttribute('data-dark-theme', 'dark');
mountReact(pages, (children) => h(BaseStyles, null, children));
