// The gallery's pages rendered with React Suite 6 (rsuite): Message, toaster with Notification and Message, Form with
// Form.Control errorMessage, Loader, Placeholder, Progress, Modal, Button loading, Tag, Table, Card, Panel...
// Table cells that render a row are given their render function as the `children` prop (the docs' `<Cell>{(rowData) =>
// ...}</Cell>`; `h`'s child arguments are typed as nodes).
import { useEffect, type ReactNode } from 'react';
import {
  Button, ButtonToolbar, Card, CustomProvider, Form, Heading, HStack, Loader, Message, Modal, Notification, Panel, Placeholder,
  Progress, Table, Tag, Text, Toggle, toaster, VStack,
} from 'rsuite';
import 'rsuite/dist/rsuite.min.css';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

type Tone = 'error' | 'warning' | 'success' | 'info';
interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

/**
 * The expense form; `Form.Control errorMessage` marks the input aria-invalid with aria-errormessage and shows the text
 * beside it (the docs' "Error message" example). `asForm` false renders the same groups outside a form element.
 */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  const fields = [
    h(Form.Group, { key: 'payee', controlId: 'payee' },
      h(Form.ControlLabel, null, 'Payee'),
      h(Form.Control, { name: 'payee', errorMessage: invalid ? copy.fieldMessage : undefined, errorPlacement: 'bottomStart' })),
    h(Form.Group, { key: 'amount', controlId: 'amount' }, h(Form.ControlLabel, null, 'Amount'), h(Form.Control, { name: 'amount' })),
    h(Form.Group, { key: 'submit' }, h(ButtonToolbar, null,
      h(Button, { appearance: 'primary', type: 'submit', disabled: invalid || saving, loading: saving }, saving ? 'Saving...' : 'Create'))),
  ];
  return h('div', { style: { padding: 16, maxWidth: 480 } },
    h(Heading, { level: 3 }, 'Create a QuickBooks expense'),
    alert ? h('div', { style: { margin: '12px 0' } }, alert) : null,
    asForm ? h(Form, { fluid: true, 'aria-label': 'Create a QuickBooks expense' }, ...fields) : h('div', { className: 'rs-form rs-form-vertical rs-form-fluid' }, ...fields));
}

const alertOf = (kind: Tone, text: string, header?: string) => h(Message, { type: kind, showIcon: true, header }, text);
/** Pushes a toast through the global toaster (the docs' `toaster.push(<Notification ... />, { placement, duration })`). */
const show = (kind: Tone, text: string, duration = 0) => {
  toaster.push(h(Notification, { type: kind, header: 'QuickBooks', closable: true }, text), { placement: 'bottomEnd', duration });
};
const toast = (kind: Tone, text: string, duration = 0) => h(OnMount, { effect: () => { show(kind, text, duration); } });
/** The docs' short success feedback: a Message pushed to the top centre. */
const successToast = (text: string) => h(OnMount, { effect: () => { toaster.push(h(Message, { type: 'success', showIcon: true, closable: true }, text), { placement: 'topCenter', duration: 0 }); } });
const heading = (text: string) => h(Heading, { level: 3 }, text);
const page = (...children: ReactNode[]) => h(VStack, { spacing: 16, style: { padding: 16 } }, ...children);

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? alertOf('error', copy.template) : null }), successToast(copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) show('error', copy.template); }, [done]);
  return h('div', null, done ? null : h(Loader, { content: 'Loading payees...' }), h(ExpenseForm, {}));
}

interface Run { id: number; run: string; failed: boolean }
const runs: Run[] = [{ id: 1, run: 'Create QuickBooks invoice', failed: true }, { id: 2, run: 'Create QuickBooks invoice', failed: false }];
const { Column, HeaderCell, Cell } = Table;

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: alertOf('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), successToast(copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), successToast(copy.savedMessage)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), alertOf('success', copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, h(Loader, { content: 'Loading payees...' }), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h(Text, null, 'Import'), h('div', { style: { width: 400 } }, h(Progress.Line, { percent: 40, status: 'active' }))),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h('div', { style: { width: 400 } }, h(Placeholder.Paragraph, { rows: 3, active: true, graph: 'square' })),
      h('div', { style: { width: 400 } }, h(Placeholder.Paragraph, { rows: 3, active: true }))),
  },
  'generic': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(Panel, { bordered: true, header: 'Payees', style: { width: '100%', maxWidth: 560 } },
      h(Table, { data: [], autoHeight: true, locale: { emptyMessage: copy.noPayeesMessage } },
        h(Column, { flexGrow: 1 }, h(HeaderCell, null, 'Name'), h(Cell, { dataKey: 'name' })),
        h(Column, { width: 160 }, h(HeaderCell, null, 'Email'), h(Cell, { dataKey: 'email' }))))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), alertOf('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h(VStack, { alignItems: 'center', spacing: 16, style: { padding: 48, textAlign: 'center' } },
      h(Heading, { level: 2 }, copy.unavailableHeading), h(Text, { style: { maxWidth: 640 } }, copy.loadTemplate), h(Button, { appearance: 'primary' }, 'Try again')),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h(HStack, { alignItems: 'stretch', spacing: 16, style: { width: '100%' } },
      h(Card, { bordered: true, style: { flex: 1 } }, h(Card.Header, { as: 'h4' }, 'Contact details'), h(Card.Body, null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      h(Card, { bordered: true, style: { flex: 1 } }, h(Card.Header, { as: 'h4' }, 'QuickBooks invoices'), h(Card.Body, null, h(Text, null, copy.loadTemplate)),
        h(Card.Footer, null, h(Button, { appearance: 'ghost' }, 'Try again'))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: alertOf('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), alertOf('warning', copy.settingsWarning), h(Toggle, { defaultChecked: true }, 'Sync invoices'), h(Button, { appearance: 'primary', disabled: true }, 'Save')),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template, 1000)) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), h('ul', null, h('li', null, 'Acme'), h('li', null, 'Globex')), toast('warning', copy.staleTemplate)),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Modal, { open: true, onClose: () => {}, backdrop: 'static', size: 'sm' },
      h(Modal.Header, { closeButton: false }, h(Modal.Title, null, copy.dialogTitle)),
      h(Modal.Body, null, copy.template),
      h(Modal.Footer, null, h(Button, { appearance: 'primary' }, 'OK')))),
  },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), alertOf('error', copy.template), h(Text, null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), h('div', { style: { width: '100%' } }, h(Table, { data: runs, autoHeight: true, wordWrap: 'break-word', rowKey: 'id' },
      h(Column, { width: 220 }, h(HeaderCell, null, 'Run'), h(Cell, { dataKey: 'run' })),
      h(Column, { flexGrow: 1 }, h(HeaderCell, null, 'Status'), h(Cell, { children: (row: Run) => row.failed
        ? h('span', null, h(Tag, { color: 'red' }, 'Failed'), ' ', copy.template)
        : h(Tag, { color: 'green' }, 'Succeeded') })),
      h(Column, { width: 100 }, h(HeaderCell, null, ''), h(Cell, { children: (row: Run) => row.failed ? h(Button, { size: 'xs', appearance: 'ghost' }, 'Retry') : null }))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      h(Card, { bordered: true, style: { width: '100%' } }, h(Card.Body, null, h(HStack, { spacing: 8 }, h(Text, { weight: 'bold' }, 'Slack'), h(Tag, { color: 'green' }, 'Connected')))),
      h(Card, { bordered: true, style: { width: '100%' } }, h(Card.Body, null, h(HStack, { spacing: 8 }, h(Text, { weight: 'bold' }, 'QuickBooks'), h(Tag, { color: 'orange' }, copy.connectionLostBadge)),
        h(Text, { size: 'sm', muted: true, style: { marginTop: 8 } }, copy.connectionLostSentence)))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })) },
};

mountReact(pages, (children) => h(CustomProvider, null, children));
