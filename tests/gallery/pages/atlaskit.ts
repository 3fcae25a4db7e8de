// The gallery's pages rendered with Atlaskit, the Atlassian Design System (@atlaskit/* with React 18): Flag shown
// through the FlagsProvider's showFlag (the app's flag group), SectionMessage, Form with Field + Textfield isInvalid and
// ErrorMessage, EmptyState, Spinner, ProgressBar, Skeleton, ModalDialog, Button isLoading, Lozenge, DynamicTable,
// Heading and the layout primitives, over @atlaskit/css-reset. Tokens fall back to the values compiled into each
// component's CSS (no theme is loaded: the gallery is offline); the page's own `token()` calls pass the light theme's
// values as fallbacks, as the tokens docs show (Atlassian's build plugin adds them; this bundle has no such plugin).
import { useEffect, type ReactNode } from 'react';
import '@atlaskit/css-reset';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import EmptyState from '@atlaskit/empty-state';
import { FlagsProvider, useFlags } from '@atlaskit/flag';
import Form, { ErrorMessage, Field, FormFooter, FormHeader, FormSection } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import StatusErrorGlyph from '@atlaskit/icon/core/status-error';
import StatusSuccessGlyph from '@atlaskit/icon/core/status-success';
import StatusWarningGlyph from '@atlaskit/icon/core/status-warning';
import Lozenge from '@atlaskit/lozenge';
import ModalDialog, { ModalBody, ModalFooter, ModalHeader, ModalTitle, ModalTransition } from '@atlaskit/modal-dialog';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives/compiled';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import Skeleton from '@atlaskit/skeleton';
import Spinner from '@atlaskit/spinner';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, useAfter, type ReactPage } from './mount.ts';

type Tone = 'error' | 'warning' | 'success';

/** A message as Atlassian writes it: the first sentence as its title, the rest as its description. */
function split(text: string): { title: string; rest?: string } {
  const end = text.indexOf('. ');
  return end < 0 ? { title: text } : { title: text.slice(0, end + 1), rest: text.slice(end + 2) };
}

/** A SectionMessage (the in-page message): title and description from the copy. */
function sectionMessage(appearance: Tone, text: string) {
  const { title, rest } = split(text);
  return rest === undefined
    ? h(SectionMessage, { appearance }, h(Text, { as: 'p' }, title))
    : h(SectionMessage, { appearance, title }, h(Text, { as: 'p' }, rest));
}

/**
 * The icon glyphs ship as CommonJS only; this package is `"type": "module"`, so esbuild's Node-style interop hands
 * the page the module object, whose `default` is the component (the design system's own ESM imports get it directly).
 */
const cjs = <T>(module: T): T => (module as { default?: T }).default ?? module;
const StatusErrorIcon = cjs(StatusErrorGlyph);
const StatusSuccessIcon = cjs(StatusSuccessGlyph);
const StatusWarningIcon = cjs(StatusWarningGlyph);

/** The status icons the Flag docs pass to a default-appearance flag, coloured with the status tokens. */
const flagIcon: Record<Tone, () => ReactNode> = {
  error: () => h(StatusErrorIcon, { label: 'Error', color: token('color.icon.danger', '#C9372C') }),
  warning: () => h(StatusWarningIcon, { label: 'Warning', color: token('color.icon.warning', '#E06C00') }),
  success: () => h(StatusSuccessIcon, { label: 'Success', color: token('color.icon.success', '#6A9A23') }),
};

/**
 * Shows a flag through the app's FlagsProvider once the page has mounted. Success flags dismiss themselves after
 * Atlaskit's default 8 s (isAutoDismiss); error and warning flags stay until the user dismisses them, unless the
 * page passes its own `seconds`.
 */
function ShowFlag({ tone, text, seconds, after = 0 }: { tone: Tone; text: string; seconds?: number; after?: number }) {
  const { showFlag } = useFlags();
  useEffect(() => {
    const { title, rest } = split(text);
    const timer = setTimeout(() => {
      showFlag({
        icon: flagIcon[tone](), title, description: rest,
        isAutoDismiss: tone === 'success' || seconds !== undefined, ...(seconds !== undefined ? { autoDismissSeconds: seconds } : {}),
      });
    }, after);
    return () => clearTimeout(timer);
  }, []);
  return null;
}
const flag = (tone: Tone, text: string, seconds?: number) => h(ShowFlag, { tone, text, seconds });

const heading = (text: string, as: 'h1' | 'h2' | 'h3' = 'h1') => h(Heading, { size: as === 'h1' ? 'large' : as === 'h2' ? 'medium' : 'small', as }, text);
const page = (...children: ReactNode[]) => h(Box, { padding: 'space.400' }, h(Stack, { space: 'space.300' }, ...children));
const spinner = () => h(Box, { padding: 'space.300' }, h(Spinner, { size: 'large', label: 'Loading payees' }));

/** What Form's and Field's render props receive (the part the pages spread). */
interface FormArgs { formProps: object }
interface FieldArgs { fieldProps: object }

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/**
 * The expense form as the Form docs build it: Form's render prop spread on a native form, a FormHeader, the fields
 * in a FormSection, the submit button in the FormFooter. A Field's render prop gets the field props; the payee
 * Textfield is marked invalid (isInvalid, which sets aria-invalid) with an ErrorMessage under it when the payees
 * could not be loaded.
 */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const payee = h(Field, {
    key: 'payee', name: 'payee', label: 'Payee', isRequired: true,
    children: ({ fieldProps }: FieldArgs) => h('div', null,
      h(Textfield, { ...fieldProps, isInvalid: invalid }),
      invalid ? h(ErrorMessage, null, copy.fieldMessage) : null),
  });
  const amount = h(Field, { key: 'amount', name: 'amount', label: 'Amount', defaultValue: '', children: ({ fieldProps }: FieldArgs) => h(Textfield, { ...fieldProps }) });
  const submit = h(Button, { type: 'submit', appearance: 'primary', isDisabled: invalid, isLoading: saving }, saving ? 'Saving...' : 'Create');
  return h(Box, { padding: 'space.400' }, h('div', { style: { maxWidth: 480 } },
    h(Form, { onSubmit: () => {}, children: ({ formProps }: FormArgs) => asForm
      ? h('form', formProps,
        h(FormHeader, { title: 'Create a QuickBooks expense' }),
        alert ? h(Box, { paddingBlockStart: 'space.200' }, alert) : null,
        h(FormSection, null, payee, amount),
        h(FormFooter, null, submit))
      // Outside any form element: the alert directly above the field, in the same layout.
      : h('div', null, heading('Create a QuickBooks expense'), alert ? h(Box, { paddingBlockStart: 'space.200' }, alert) : null, payee, amount,
        h(Box, { paddingBlockStart: 'space.300' }, submit)) })));
}

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? sectionMessage('error', copy.template) : null }), flag('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  return h('div', null, done ? flag('error', copy.template) : spinner(), h(ExpenseForm, {}));
}

/** The docs' EmptyState: a header, the description and a primary action. */
const unavailable = (headingLevel: 1 | 3) => h(EmptyState, {
  header: copy.unavailableHeading, headingLevel, headingSize: headingLevel === 1 ? 'medium' : 'xsmall', width: headingLevel === 1 ? 'wide' : 'narrow',
  description: copy.loadTemplate, primaryAction: h(Button, { appearance: headingLevel === 1 ? 'primary' : 'default' }, 'Try again'),
});

/** A card: a bordered, raised surface (Atlaskit has no card component; the surface tokens give its colours). */
const card = (...children: ReactNode[]) => h('div', {
  style: { border: `1px solid ${token('color.border', '#0B120E24')}`, borderRadius: 8, padding: 16, background: token('elevation.surface.raised', '#FFFFFF'), flex: '1 1 320px' },
}, h(Stack, { space: 'space.150' }, ...children));

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: sectionMessage('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), flag('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), flag('success', copy.savedMessage)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), sectionMessage('success', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, spinner(), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h('div', { style: { maxWidth: 480 } },
      h(Stack, { space: 'space.100' }, h(Text, null, 'Import'), h(ProgressBar, { value: 0.4, ariaLabel: 'Importing QuickBooks customers' })))),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h('div', { style: { maxWidth: 400 } }, h(Stack, { space: 'space.150' },
      h(Skeleton, { width: '75%', height: 16, isShimmering: true }),
      h(Skeleton, { width: '100%', height: 60, isShimmering: true }),
      h(Skeleton, { width: '100%', height: 60, isShimmering: true })))),
  },
  'generic': { render: () => h(ExpenseForm, { alert: sectionMessage('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), flag('error', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(DynamicTable, {
      label: 'Payees',
      head: { cells: [{ key: 'name', content: 'Name' }, { key: 'email', content: 'Email' }] },
      rows: [],
      emptyView: h(EmptyState, { header: 'No payees found', headingLevel: 2, headingSize: 'xsmall', width: 'narrow', description: 'Add a payee in QuickBooks first.' }),
    })),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), sectionMessage('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: sectionMessage('error', copy.template) }) },
  'empty-full-page': { title: 'Invoices', render: () => page(unavailable(1)) },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h('div', { style: { display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' } },
      card(heading('Contact details', 'h2'), h(Text, { as: 'p' }, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      card(heading('QuickBooks invoices', 'h2'), unavailable(3)))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: sectionMessage('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: sectionMessage('error', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: sectionMessage('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), sectionMessage('warning', copy.settingsWarning),
      h('div', { style: { maxWidth: 480 } }, h(Form, {
        onSubmit: () => {},
        children: ({ formProps }: FormArgs) => h('form', formProps,
          h(Field, { name: 'prefix', label: 'Invoice number prefix', defaultValue: 'INV-', children: ({ fieldProps }: FieldArgs) => h(Textfield, { ...fieldProps }) }),
          h(FormFooter, null, h(Button, { type: 'submit', appearance: 'primary', isDisabled: true }, 'Save'))),
      }))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), flag('error', copy.template)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), flag('error', copy.template, 1)) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), h(DynamicTable, {
      label: 'QuickBooks vendors',
      head: { cells: [{ key: 'vendor', content: 'Vendor' }, { key: 'balance', content: 'Balance' }] },
      rows: [['Acme', '$1,200.00'], ['Globex', '$310.50']].map(([vendor, balance]) => ({ key: vendor, cells: [{ key: 'vendor', content: vendor }, { key: 'balance', content: balance }] })),
    }), flag('warning', copy.staleTemplate)),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}),
      h(ModalTransition, null, h(ModalDialog, { onClose: () => {} },
        h(ModalHeader, null, h(ModalTitle, { appearance: 'danger' }, copy.dialogTitle)),
        h(ModalBody, null, copy.template),
        h(ModalFooter, null, h(Button, { appearance: 'primary', onClick: () => {} }, 'OK'))))),
  },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), sectionMessage('error', copy.template), h(Text, { as: 'p' }, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(DynamicTable, {
      label: 'Workflow runs',
      head: { cells: [{ key: 'run', content: 'Run' }, { key: 'status', content: 'Status' }, { key: 'actions', content: 'Actions' }] },
      rows: [
        { key: 'run-1', cells: [
          { key: 'run', content: 'Create QuickBooks invoice' },
          { key: 'status', content: h(Stack, { space: 'space.050' }, h(Box, null, h(Lozenge, { appearance: 'removed' }, 'Failed')), h(Text, null, copy.template)) },
          { key: 'actions', content: h(Button, null, 'Retry') },
        ] },
        { key: 'run-2', cells: [
          { key: 'run', content: 'Create QuickBooks invoice' },
          { key: 'status', content: h(Lozenge, { appearance: 'success' }, 'Succeeded') },
          { key: 'actions', content: null },
        ] },
      ],
    })),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'), h('div', { style: { display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' } },
      card(h(Inline, { space: 'space.100', alignBlock: 'center' }, heading('Slack', 'h2'), h(Lozenge, { appearance: 'success' }, 'Connected'))),
      card(h(Inline, { space: 'space.100', alignBlock: 'center' }, heading('QuickBooks', 'h2'), h(Lozenge, { appearance: 'moved' }, copy.connectionLostBadge)),
        h(Text, { as: 'p' }, copy.connectionLostSentence)))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: sectionMessage('error', copy.template), invalid: true })) },
};

// The app's flags: one FlagsProvider around the product, as the Flag docs' useFlags examples set it up.
mountReact(pages, (children) => h(FlagsProvider, null, children));
