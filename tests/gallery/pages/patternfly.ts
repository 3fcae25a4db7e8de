// The gallery's pages rendered with PatternFly 6 (@patternfly/react-core 6.6, @patternfly/react-table, @patternfly/react-icons,
// React 18): Alert (inline, FormAlert, a toast AlertGroup), EmptyState, Spinner, Skeleton, Progress, Modal,
// FormGroup + HelperText error, Button isLoading, Label, Card, Table, Switch.
import { useEffect, useState, type ReactNode } from 'react';
import {
  ActionGroup, Alert, AlertActionCloseButton, AlertGroup, Bullseye, Button, Card, CardBody, CardHeader, CardTitle, Content,
  EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter, Flex, FlexItem, Form, FormAlert, FormGroup, FormHelperText,
  Gallery, HelperText, HelperTextItem, Label, List, ListItem, Modal, ModalBody, ModalFooter, ModalHeader, PageSection, Progress,
  Skeleton, Spinner, Stack, StackItem, Switch, TextInput, Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import RhUiErrorFillIcon from '@patternfly/react-icons/dist/esm/icons/rh-ui-error-fill-icon';
import SearchIcon from '@patternfly/react-icons/dist/esm/icons/search-icon';
import '@patternfly/react-core/dist/styles/base.css';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

type Variant = 'danger' | 'warning' | 'success' | 'info';

/**
 * An alert with only a title: PatternFly's docs ask for a non-heading title element when there is no description.
 * `live` marks the alerts the product renders after a failed call (the docs: alerts that appear after the page
 * loads are live regions); the static confirmation and the 3rd party's own page have none.
 */
const alertOf = (variant: Variant, text: string, live = true) => h(Alert, { variant, isInline: true, title: text, component: 'div', isLiveRegion: live });
/** An alert at the top of a form, as the docs' "Invalid with form alert" example: FormAlert + an inline Alert with aria-live="polite". */
const formAlertOf = (variant: Variant, text: string) => h(FormAlert, null, h(Alert, { variant, isInline: true, title: text, component: 'div', 'aria-live': 'polite' }));

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/** The expense form: TextInput `validated="error"` sets aria-invalid; the helper text is tied by aria-describedby. */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const fields = [
    h(FormGroup, { key: 'payee', label: 'Payee', fieldId: 'payee', isRequired: true },
      h(TextInput, { id: 'payee', name: 'payee', validated: invalid ? 'error' : 'default', 'aria-describedby': invalid ? 'payee-helper' : undefined }),
      invalid ? h(FormHelperText, null, h(HelperText, null, h(HelperTextItem, { id: 'payee-helper', variant: 'error', icon: h(RhUiErrorFillIcon) }, copy.fieldMessage))) : null),
    h(FormGroup, { key: 'amount', label: 'Amount', fieldId: 'amount' }, h(TextInput, { id: 'amount', name: 'amount' })),
    h(ActionGroup, { key: 'actions' },
      h(Button, { type: 'submit', variant: 'primary', isDisabled: invalid || saving, isLoading: saving, spinnerAriaValueText: saving ? 'Saving' : undefined }, saving ? 'Saving...' : 'Create')),
  ];
  return h(PageSection, { 'aria-label': 'Expense' },
    h(Title, { headingLevel: 'h1', size: 'xl' }, 'Create a QuickBooks expense'),
    asForm
      ? h(Form, { 'aria-label': 'Create a QuickBooks expense', style: { maxWidth: 480, marginTop: 16 } }, alert ? alert : null, ...fields)
      // Outside any form: the alert directly above the field, in the same layout the form uses.
      : h('div', { style: { maxWidth: 480, marginTop: 16 } }, h(Stack, { hasGutter: true }, alert ? h(StackItem, null, alert) : null, ...fields.map((f) => h(StackItem, { key: f.key }, f)))));
}

// The app's one toast group (the docs' "Toast alert group": AlertGroup isToast isLiveRegion, alerts prepended to
// its list and removed on close or timeout), fed by `showToast` like a notification service.
interface ToastItem { key: number; variant: Variant; title: string; timeout?: number | boolean }
let pushToast: (toast: ToastItem) => void = () => {};
let nextKey = 1;

function ToastGroup() {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  useEffect(() => { pushToast = (toast) => setToasts((prev) => [toast, ...prev]); }, []);
  const remove = (key: number) => setToasts((prev) => prev.filter((t) => t.key !== key));
  return h(AlertGroup, { hasAnimations: true, isToast: true, isLiveRegion: true },
    toasts.map((t) => h(Alert, {
      key: t.key, variant: t.variant, title: t.title, component: 'div', timeout: t.timeout ?? false, onTimeout: () => remove(t.key),
      actionClose: h(AlertActionCloseButton, { title: t.title, variantLabel: `${t.variant} alert`, onClose: () => remove(t.key) }),
    })));
}

/** Success toasts dismiss after PatternFly's default 8 s (`timeout: true`); error and warning toasts stay until closed. */
const showToast = (variant: Variant, title: string, timeout?: number | boolean) => { pushToast({ key: nextKey++, variant, title, timeout: timeout ?? (variant === 'success') }); };
/** Shows a toast once after mount (next tick: the toast group takes its feed in its own effect). */
const toast = (variant: Variant, title: string, timeout?: number | boolean) => h(OnMount, { effect: () => { setTimeout(() => showToast(variant, title, timeout), 0); } });

const heading = (text: string) => h(Title, { headingLevel: 'h1', size: 'xl' }, text);
const page = (...children: ReactNode[]) => h(PageSection, null, h(Stack, { hasGutter: true }, ...children.map((c, i) => h(StackItem, { key: i }, c))));
const spinner = () => h(Spinner, { size: 'lg', 'aria-label': 'Loading payees' });

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? formAlertOf('danger', copy.template) : null }), toast('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) showToast('danger', copy.template); }, [done]);
  return h('div', null, done ? null : h(PageSection, null, spinner()), h(ExpenseForm, {}));
}

const unavailable = (headingLevel: 'h1' | 'h3', variant: 'lg' | 'sm') =>
  h(EmptyState, { status: 'danger', titleText: copy.unavailableHeading, headingLevel, variant },
    h(EmptyStateBody, null, copy.loadTemplate),
    h(EmptyStateFooter, null, h(EmptyStateActions, null, h(Button, { variant: headingLevel === 'h1' ? 'primary' : 'secondary' }, 'Try again'))));

const appCard = (name: string, label: ReactNode, body?: string) =>
  h(Card, { isCompact: true },
    h(CardHeader, null, h(Flex, { spaceItems: { default: 'spaceItemsSm' }, alignItems: { default: 'alignItemsCenter' } },
      h(FlexItem, null, h(CardTitle, null, name)), h(FlexItem, null, label))),
    body ? h(CardBody, null, body) : null);

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: formAlertOf('danger', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.savedMessage)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), alertOf('success', copy.meetingMessage, false)) },
  'stuck-spinner': { render: () => h('div', null, h(PageSection, null, spinner()), h(ExpenseForm, {})) },
  'stuck-progress': { title: 'Import', render: () => page(heading('Importing QuickBooks customers'), h('div', { style: { maxWidth: 480 } }, h(Progress, { value: 40, title: 'Import' }))) },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h('div', { style: { maxWidth: 400 } }, h(Stack, { hasGutter: true },
      h(Skeleton, { fontSize: 'sm', width: '75%', screenreaderText: 'Loading invoices' }),
      h(Skeleton, { height: '60px', screenreaderText: 'Loading invoices' }),
      h(Skeleton, { height: '60px', screenreaderText: 'Loading invoices' })))),
  },
  'generic': { render: () => h(ExpenseForm, { alert: formAlertOf('danger', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('danger', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(Table, { 'aria-label': 'Payees' },
      h(Thead, null, h(Tr, null, h(Th, null, 'Name'), h(Th, null, 'Email'))),
      h(Tbody, null, h(Tr, null, h(Td, { colSpan: 2 }, h(Bullseye, null,
        h(EmptyState, { headingLevel: 'h2', titleText: 'No payees found', icon: SearchIcon, variant: 'sm' },
          h(EmptyStateBody, null, 'Add a payee in QuickBooks first.')))))))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), alertOf('danger', copy.thirdPartyMessage, false)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: formAlertOf('danger', copy.template) }) },
  'empty-full-page': { title: 'Invoices', render: () => h(PageSection, null, unavailable('h1', 'lg')) },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(Gallery, { hasGutter: true, minWidths: { default: '320px' } },
      h(Card, null, h(CardTitle, null, 'Contact details'), h(CardBody, null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      h(Card, null, h(CardTitle, null, 'QuickBooks invoices'), h(CardBody, null, unavailable('h3', 'sm'))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: formAlertOf('danger', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: alertOf('danger', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: formAlertOf('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), alertOf('warning', copy.settingsWarning),
      h(Form, { 'aria-label': 'QuickBooks settings' },
        h(FormGroup, { fieldId: 'sync-invoices', role: 'group' }, h(Switch, { id: 'sync-invoices', label: 'Sync invoices', isChecked: true, onChange: () => {} })),
        h(ActionGroup, null, h(Button, { variant: 'primary', isDisabled: true }, 'Save')))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('danger', copy.template)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast('danger', copy.template, 1000)) },
  'warning-toast': { title: 'Vendors', render: () => page(heading('Vendors'), h(List, null, h(ListItem, null, 'Acme'), h(ListItem, null, 'Globex')), toast('warning', copy.staleTemplate)) },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}),
      h(Modal, { isOpen: true, variant: 'small', onClose: () => {}, 'aria-labelledby': 'dialog-title', 'aria-describedby': 'dialog-body' },
        h(ModalHeader, { title: copy.dialogTitle, titleIconVariant: 'danger', labelId: 'dialog-title' }),
        h(ModalBody, { id: 'dialog-body' }, copy.template),
        h(ModalFooter, null, h(Button, { variant: 'primary' }, 'OK')))),
  },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), alertOf('danger', copy.template), h(Content, { component: 'p' }, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h(Table, { 'aria-label': 'Workflow runs' },
      h(Thead, null, h(Tr, null, h(Th, null, 'Run'), h(Th, null, 'Status'), h(Th, { screenReaderText: 'Actions' }))),
      h(Tbody, null,
        h(Tr, null, h(Td, { dataLabel: 'Run' }, 'Create QuickBooks invoice'), h(Td, { dataLabel: 'Status' }, h(Label, { status: 'danger' }, 'Failed'), ' ', copy.template),
          h(Td, { dataLabel: 'Actions' }, h(Button, { variant: 'secondary', size: 'sm' }, 'Retry'))),
        h(Tr, null, h(Td, { dataLabel: 'Run' }, 'Create QuickBooks invoice'), h(Td, { dataLabel: 'Status' }, h(Label, { status: 'success' }, 'Succeeded')), h(Td, { dataLabel: 'Actions' }))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      appCard('Slack', h(Label, { status: 'success' }, 'Connected')),
      appCard('QuickBooks', h(Label, { status: 'warning' }, copy.connectionLostBadge), copy.connectionLostSentence)),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: formAlertOf('danger', copy.template), invalid: true })) },
};

mountReact(pages, (children) => h('div', null, h(ToastGroup), children));
