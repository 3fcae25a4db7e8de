// The gallery's pages rendered with PrimeReact 10 (primereact + primeicons, the Lara light theme): Messages and
// Message, Toast, ProgressSpinner, Skeleton, ProgressBar, Dialog, InputText invalid + small error text, Button
// loading, Tag, Card, DataTable with emptyMessage, InputSwitch.
import { createRef, useEffect, useRef, type ReactNode } from 'react';
import { PrimeReactProvider } from 'primereact/api';
import { Button } from 'primereact/button';
import { Card } from 'primereact/card';
import { Column } from 'primereact/column';
import { DataTable } from 'primereact/datatable';
import { Dialog } from 'primereact/dialog';
import { InputSwitch } from 'primereact/inputswitch';
import { InputText } from 'primereact/inputtext';
import { Message } from 'primereact/message';
import { Messages } from 'primereact/messages';
import { ProgressBar } from 'primereact/progressbar';
import { ProgressSpinner } from 'primereact/progressspinner';
import { Skeleton } from 'primereact/skeleton';
import { Tag } from 'primereact/tag';
import { Toast } from 'primereact/toast';
import 'primereact/resources/themes/lara-light-blue/theme.css';
import 'primeicons/primeicons.css';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, OnMount, useAfter, type ReactPage } from './mount.ts';

/** The severities PrimeReact's Messages and Toast take. */
type Severity = 'error' | 'warn' | 'success' | 'info';
/** The summaries PrimeReact's docs give each severity's toast. */
const summaries: Record<Severity, string> = { error: 'Error', warn: 'Warning', success: 'Success', info: 'Info' };

/** The product's one Toast, rendered once at the top of the app (PrimeReact's docs: `<Toast ref={toast} />`, then `toast.current.show`). */
const appToast = createRef<Toast>();
/** Shows a toast through the app's Toast; `life` is how long it stays (ms). */
const notify = (severity: Severity, detail: string, life = 8000) => appToast.current?.show({ severity, summary: summaries[severity], detail, life });
const toast = (severity: Severity, detail: string, life?: number) => h(OnMount, { effect: () => notify(severity, detail, life) });

/**
 * A Messages banner showing one message from mount, as PrimeReact's docs do (`msgs.current.show([...])` in a mount
 * effect, `sticky` so it stays).
 */
function Banner({ severity, detail, summary }: { severity: Severity; detail: string; summary?: string }) {
  const messages = useRef<Messages>(null);
  useEffect(() => {
    messages.current?.clear();
    messages.current?.show({ severity, summary, detail, sticky: true });
  }, []);
  return h(Messages, { ref: messages });
}
const banner = (severity: Severity, detail: string, summary?: string) => h(Banner, { severity, detail, summary });

interface FormProps { alert?: ReactNode; invalid?: boolean; saving?: boolean; asForm?: boolean }

const field = (...children: ReactNode[]) => h('div', { style: { display: 'flex', flexDirection: 'column', gap: 8 } }, ...children);

/**
 * The expense form, laid out as PrimeReact's form docs do (label, InputText, a `small` help or error text under it).
 * An unavailable payee field gets `invalid` (the p-invalid style), aria-invalid and its error text; a save in
 * progress is a Button with `loading`.
 */
function ExpenseForm({ alert, invalid = false, saving = false, asForm = true }: FormProps) {
  return h(asForm ? 'form' : 'div', { 'aria-label': asForm ? 'Create a QuickBooks expense' : undefined, style: { padding: 20, maxWidth: 480, display: 'flex', flexDirection: 'column', gap: 16 } },
    h('h2', { style: { margin: 0 } }, 'Create a QuickBooks expense'),
    alert,
    field(h('label', { htmlFor: 'payee' }, 'Payee'),
      h(InputText, { id: 'payee', invalid, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? 'payee-help' : undefined }),
      invalid ? h('small', { id: 'payee-help', className: 'p-error' }, copy.fieldMessage) : null),
    field(h('label', { htmlFor: 'amount' }, 'Amount'), h(InputText, { id: 'amount', keyfilter: 'money' })),
    h('div', null, h(Button, { type: 'submit', label: saving ? 'Saving...' : 'Create', loading: saving, disabled: invalid })));
}

const heading = (text: string) => h('h2', { style: { margin: 0 } }, text);
const page = (...children: ReactNode[]) => h('div', { style: { padding: 20, display: 'flex', flexDirection: 'column', gap: 16 } }, ...children);

function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? banner('error', copy.template) : null }), toast('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  useEffect(() => { if (done) notify('error', copy.template); }, [done]);
  return h('div', null, done ? null : h(ProgressSpinner, { style: { width: 50, height: 50 }, strokeWidth: '8', 'aria-label': 'Loading payees' }), h(ExpenseForm, {}));
}

/** The product's table of QuickBooks vendors, the warning toast's page. */
const vendors = () => h(DataTable, { value: [{ vendor: 'Acme', balance: '$1,200.00' }, { vendor: 'Globex', balance: '$310.50' }], tableStyle: { maxWidth: 600 } },
  h(Column, { field: 'vendor', header: 'Vendor' }), h(Column, { field: 'balance', header: 'Balance' }));

/** PrimeReact's Card skeleton (its docs' "Card" example): grouped skeletons in a container marked aria-busy, as its accessibility notes advise. */
const skeletonCard = () => h(Card, { style: { maxWidth: 420 } },
  h('div', { style: { display: 'flex', gap: 12, marginBottom: 16 } }, h(Skeleton, { shape: 'circle', size: '4rem' }),
    h('div', null, h(Skeleton, { width: '10rem' }), h('div', { style: { height: 8 } }), h(Skeleton, { width: '5rem' }))),
  h(Skeleton, { width: '100%', height: '120px' }));

interface Run { run: string; status: 'Failed' | 'Succeeded'; reason?: string }
const runs: Run[] = [{ run: 'Create QuickBooks invoice', status: 'Failed', reason: copy.template }, { run: 'Create QuickBooks invoice', status: 'Succeeded' }];

/** The workflow history: a DataTable whose status column is a Tag (and the reason), with a retry button on failed runs. */
const workflow = () => h(DataTable, { value: runs, 'aria-label': 'Workflow runs' },
  h(Column, { field: 'run', header: 'Run' }),
  h(Column, {
    header: 'Status',
    body: (r: Run) => h('span', null, h(Tag, { severity: r.status === 'Failed' ? 'danger' : 'success', value: r.status }), r.reason ? ` ${r.reason}` : null),
  }),
  h(Column, { header: '', body: (r: Run) => (r.status === 'Failed' ? h(Button, { label: 'Retry', size: 'small', outlined: true }) : null) }));

const cardTitle = (name: string, tag: ReactNode) => h('div', { style: { display: 'flex', gap: 8, alignItems: 'center' } }, name, tag);

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: banner('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), toast('success', copy.savedMessage)) },
  // A confirmation page: the inline Message is the page's content.
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), h(Message, { severity: 'success', text: copy.meetingMessage })) },
  'stuck-spinner': { render: () => h('div', null, h(ProgressSpinner, { style: { width: 50, height: 50 }, strokeWidth: '8', 'aria-label': 'Loading payees' }), h(ExpenseForm, {})) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h('p', { style: { margin: 0 } }, 'Importing customers: 40 of 100'),
      h('div', { style: { maxWidth: 400 } }, h(ProgressBar, { value: 40, 'aria-label': 'Import progress' }))),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h('div', { 'aria-busy': 'true', style: { display: 'flex', flexDirection: 'column', gap: 16 } }, skeletonCard(), skeletonCard())),
  },
  'generic': { render: () => h(ExpenseForm, { alert: banner('error', copy.genericMessage) }) },
  'error-code': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.codeMessage)) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), h(DataTable, { value: [], emptyMessage: copy.noPayeesMessage, tableStyle: { maxWidth: 600 } },
      h(Column, { field: 'name', header: 'Payee' }), h(Column, { field: 'email', header: 'Email' }))),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), banner('error', copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: banner('error', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h('div', { style: { padding: 48, textAlign: 'center', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 16 } },
      h('i', { className: 'pi pi-cloud', style: { fontSize: '3rem' }, 'aria-hidden': true }),
      h('h1', { style: { margin: 0 } }, copy.unavailableHeading),
      h('p', { style: { maxWidth: 640, margin: 0 } }, copy.loadTemplate), h(Button, { label: 'Try again', icon: 'pi pi-refresh' })),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h('div', { style: { display: 'flex', gap: 16, alignItems: 'stretch' } },
      h(Card, { title: 'Contact details', style: { flex: 1 } }, h('p', { style: { margin: 0 } }, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.')),
      h(Card, { title: 'QuickBooks invoices', style: { flex: 1 } },
        h('div', { style: { textAlign: 'center', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 12 } },
          h('i', { className: 'pi pi-cloud', style: { fontSize: '2rem' }, 'aria-hidden': true }),
          h('p', { style: { margin: 0 } }, copy.loadTemplate), h(Button, { label: 'Try again', outlined: true }))))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: banner('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: banner('error', copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: banner('warn', copy.staleTemplate, 'Payees may be out of date') }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), banner('warn', copy.settingsWarning),
      h('div', { style: { display: 'flex', gap: 8, alignItems: 'center' } }, h(InputSwitch, { inputId: 'sync', checked: true }), h('label', { htmlFor: 'sync' }, 'Sync invoices')),
      h('div', null, h(Button, { label: 'Save', disabled: true }))),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template)) },
  'toast-vanishes': { render: () => h('div', null, h(ExpenseForm, {}), toast('error', copy.template, 1000)) },
  'warning-toast': { title: 'Vendors', render: () => page(heading('Vendors'), vendors(), toast('warn', copy.staleTemplate)) },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Dialog, {
      visible: true, header: copy.dialogTitle, style: { width: '32rem' }, onHide: () => {},
      footer: h(Button, { label: 'OK', autoFocus: true }),
    }, h('p', { style: { margin: 0 } }, copy.template))),
  },
  'inline-other': {
    title: 'Reports',
    render: () => page(heading('Reports'), h(Message, { severity: 'error', text: copy.template }), h('h3', { style: { margin: 0 } }, 'Monthly totals'),
      h(DataTable, { value: [{ month: 'November', total: '$12,400.00' }], tableStyle: { maxWidth: 600 } }, h(Column, { field: 'month', header: 'Month' }), h(Column, { field: 'total', header: 'Total' }))),
  },
  'workflow': { title: 'Workflow history', render: () => page(heading('Workflow history'), workflow()) },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'),
      h(Card, { title: cardTitle('Slack', h(Tag, { severity: 'success', value: 'Connected' })) }),
      h(Card, { title: cardTitle('QuickBooks', h(Tag, { severity: 'warning', value: copy.connectionLostBadge })) }, h('p', { style: { margin: 0 } }, copy.connectionLostSentence))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h('div', { style: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: banner('error', copy.template), invalid: true })) },
};

// PrimeReact's provider, and the app's one Toast (top right, as its docs place it).
mountReact(pages, (children) => h(PrimeReactProvider, null, h(Toast, { ref: appToast, position: 'top-right' }), children));
