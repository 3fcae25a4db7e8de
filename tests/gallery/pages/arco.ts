// The gallery's pages rendered with Arco Design (@arco-design/web-react): Alert, Message, Notification, Modal, Result, Empty, Spin, Progress, Skeleton...
import '@arco-design/web-react/dist/css/arco.css';
import { useEffect, type ReactNode } from 'react';
import {
  Alert, Badge, Button, Card, Empty, Form, Grid, Input, List, Message, Modal, Notification, Progress, Result, Skeleton, Space, Spin,
  Switch, Table, Tag, Typography,
} from '@arco-design/web-react';
import * as copy from './copy.ts';
import { h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean }

/** The expense form (arco Form); an invalid payee is set through `form.setFields`, as a product does after a failed call. */
function ExpenseForm({ alert, invalid = false, saving = false }: FormProps) {
  const [form] = Form.useForm();
  useEffect(() => { if (invalid) form.setFields({ payee: { error: { message: copy.fieldMessage } } }); }, [invalid]);
  return h(Form, { form, layout: 'vertical', 'aria-label': 'Create a QuickBooks expense', style: { maxWidth: 480, padding: 16 } },
    h(Typography.Title, { heading: 3 }, 'Create a QuickBooks expense'),
    alert,
    h(Form.Item, { label: 'Payee', field: 'payee' }, h(Input, null)),
    h(Form.Item, { label: 'Amount', field: 'amount' }, h(Input, null)),
    h(Form.Item, null, h(Button, { type: 'primary', htmlType: 'submit', disabled: invalid, loading: saving }, saving ? 'Saving...' : 'Create')));
}

/** The same fields without arco Form: the payee input marked invalid by hand (status error, aria-invalid), the alert right above it. */
function LooseFields() {
  return h('div', { style: { maxWidth: 480, padding: 16 } }, h(Typography.Title, { heading: 3 }, 'Create a QuickBooks expense'),
    h(Alert, { type: 'error', title: copy.template, style: { marginBottom: 12 } }),
    h('label', { htmlFor: 'payee' }, 'Payee'), h(Input, { id: 'payee', status: 'error', 'aria-invalid': true, 'aria-describedby': 'payee-help' }),
    h(Typography.Text, { type: 'error', id: 'payee-help' }, copy.fieldMessage),
    h('div', null, h('label', { htmlFor: 'amount' }, 'Amount')), h(Input, { id: 'amount' }),
    h('div', { style: { marginTop: 12 } }, h(Button, { type: 'primary', disabled: true }, 'Create')));
}

const alertOf = (type: 'error' | 'warning' | 'success', text: string) => h(Alert, { type, content: text, style: { marginBottom: 12 } });
/** Calls an arco static Message or Notification method once after mount. */
const toast = (show: () => void) => h(OnMount, { effect: show });
const heading = (text: string) => h(Typography.Title, { heading: 3 }, text);

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? alertOf('error', copy.template) : null }), toast(() => { Message.success({ content: copy.savedMessage, duration: 0 }); }));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) Notification.error({ title: 'QuickBooks', content: copy.template, duration: 0 }); }, [done]);
  return h('div', null, done ? null : h(Spin, { tip: 'Loading payees' }), h(ExpenseForm, {}));
}

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(OnMount, { effect: () => { setTimeout(() => Promise.reject(new Error(copy.consoleError)), 30); } })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: alertOf('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast(() => { Message.success({ content: copy.partlySucceededMessage, duration: 0 }); })) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast(() => { Notification.success({ title: copy.savedMessage, content: 'Your expense is in QuickBooks.', duration: 0 }); })) },
  'false-success-worded': { title: 'Schedule meeting', render: () => h(Result, { status: 'success', title: copy.meetingMessage, extra: h(Button, { type: 'primary' }, 'Back to calendar') }) },
  'stuck-spinner': { render: () => h(Spin, { loading: true, tip: 'Loading payees', block: true }, h(ExpenseForm, {})) },
  'stuck-progress': { title: 'Import', render: () => h('div', { style: { padding: 16, maxWidth: 480 } }, heading('Importing QuickBooks customers'), h(Progress, { percent: 40 })) },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', render: () => h('div', { style: { padding: 16 } }, heading('QuickBooks invoices'), h(Skeleton, { animation: true, text: { rows: 4 } })) },
  'generic': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast(() => { Message.error({ content: copy.codeMessage, duration: 0 }); })) },
  'false-empty': { render: () => h('div', { style: { padding: 16 } }, heading('Choose a payee'), h(Empty, { description: copy.noPayeesMessage })) },
  'third-party': { title: 'QuickBooks App Store', render: () => h('div', { style: { padding: 16 } }, heading('QuickBooks App Store'), alertOf('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h(Result, { status: 'warning', title: copy.unavailableHeading, subTitle: copy.loadTemplate, extra: h(Button, { type: 'primary' }, 'Try again') }),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => h(Grid.Row, { gutter: 16, style: { padding: 16 } },
      h(Grid.Col, { span: 12 }, h(Card, { title: 'Contact details' }, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      h(Grid.Col, { span: 12 }, h(Card, { title: 'QuickBooks invoices' }, h(Empty, { description: h('div', null, h('p', null, copy.loadTemplate), h(Button, null, 'Try again')) })))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(LooseFields) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: alertOf('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => h('div', { style: { padding: 16, maxWidth: 640 } }, heading('QuickBooks settings'), alertOf('warning', copy.settingsWarning),
      h(Space, null, h(Switch, { defaultChecked: true, 'aria-label': 'Sync invoices' }), 'Sync invoices'),
      h('div', { style: { marginTop: 12 } }, h(Button, { type: 'primary', disabled: true }, 'Save'))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast(() => { Notification.error({ title: 'QuickBooks', content: copy.template, duration: 0 }); })) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast(() => { Message.error({ content: copy.template, duration: 1000 }); })) },
  'warning-toast': {
    title: 'Vendors',
    render: () => h('div', { style: { padding: 16 } }, heading('Vendors'), h(List, { dataSource: ['Acme', 'Globex'], render: (v: string) => h(List.Item, { key: v }, v) }),
      toast(() => { Message.warning({ content: copy.staleTemplate, duration: 0 }); })),
  },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Modal, { visible: true, title: copy.dialogTitle, footer: h(Button, { type: 'primary' }, 'OK'), closable: false, maskClosable: false }, h('p', null, copy.template))),
  },
  'inline-other': { title: 'Reports', render: () => h('div', { style: { padding: 16 } }, heading('Reports'), alertOf('error', copy.template), h('p', null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => h('div', { style: { padding: 16 } }, heading('Workflow history'), h(Table, {
      pagination: false, rowKey: 'key',
      columns: [{ title: 'Run', dataIndex: 'run' }, { title: 'Status', dataIndex: 'status' }, { title: '', dataIndex: 'action' }],
      data: [
        { key: 1, run: 'Create QuickBooks invoice', status: h(Space, { direction: 'vertical' }, h(Tag, { color: 'red' }, 'Failed'), copy.template), action: h(Button, null, 'Retry') },
        { key: 2, run: 'Create QuickBooks invoice', status: h(Tag, { color: 'green' }, 'Succeeded'), action: null },
      ],
    })),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => h('div', { style: { padding: 16, maxWidth: 720 } }, heading('Connected apps'),
      h(Card, { size: 'small', style: { marginBottom: 8 } }, h('strong', null, 'Slack'), ' ', h(Badge, { status: 'success', text: 'Connected' })),
      h(Card, { size: 'small' }, h('strong', null, 'QuickBooks'), ' ', h(Badge, { status: 'warning', text: copy.connectionLostBadge }),
        h(Typography.Paragraph, { type: 'secondary' }, copy.connectionLostSentence))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })) },
};

mountReact(pages);
