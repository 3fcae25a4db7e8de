// The gallery's pages in Naive UI 2 (naive-ui, Vue 3), used as its docs show (components imported where they are used,
// no plugin and no stylesheet: Naive UI injects its own CSS at runtime; each page inside an NMessageProvider and an
// NNotificationProvider, the docs' prerequisite for useMessage and useNotification) and written with Vue render
// functions: NAlert (type error/warning) in the page, useMessage and useNotification for toasts (called on mount, as
// a failed request's handler would; `duration: 0` or no duration to stay, `closable`), NResult and NEmpty for empty
// and unavailable states, NSpin around the form while it loads, NSkeleton, NProgress, NModal with the `dialog` preset,
// NForm with `rules` (a validator that fails once the payees could not be loaded, run with the form's validate() on
// open) and NFormItem's `validation-status` and `feedback` where the fields are not in an NForm (the docs' "use form
// item alone"), NButton `loading`, NTag for statuses, NCard, NDataTable and NSwitch.
import { defineComponent, onMounted, reactive, ref, type PropType, type VNodeChild } from 'vue';
import {
  NAlert, NButton, NCard, NDataTable, NEmpty, NForm, NFormItem, NInput, NMessageProvider, NModal, NNotificationProvider,
  NProgress, NResult, NSkeleton, NSpin, NSwitch, NTag, useMessage, useNotification,
  type DataTableColumns, type FormInst, type FormRules, type MessageApi, type NotificationApi,
} from 'naive-ui';
import * as copy from './copy.ts';
import { expenseFormProps, h, mountVue, onMount, type VuePage } from './mount-vue.ts';

// The app's own layout styles (Naive UI styles its components, not the page).
const style = document.createElement('style');
style.textContent = `body { margin: 0; font-family: v-sans, system-ui, -apple-system, "Segoe UI", sans-serif; color: rgb(51, 54, 57); font-size: 14px; }
#root > div > header { padding: 12px 24px; border-bottom: 1px solid rgb(239, 239, 245); font-weight: 600; }
.page { padding: 16px 24px; max-width: 960px; }
.expense { max-width: 480px; padding: 16px 24px; }
.expense .n-alert, .page .n-alert { margin-bottom: 16px; }
h1 { font-size: 1.5rem; font-weight: 500; margin: 0 0 16px; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.apps { display: flex; flex-direction: column; gap: 12px; max-width: 640px; }
.app { display: flex; align-items: center; gap: 8px; }`;
document.head.append(style);

type Tone = 'error' | 'warning';
/** An alert in the page, as Naive UI's alert examples show it: a type (its colour and icon) and the text as its content. */
const alertOf = (type: Tone, text: string) => () => h(NAlert, { type }, () => text);
const heading = (text: string) => h('h1', null, text);
/** Every page renders inside the message and notification providers (the docs' prerequisite for their APIs). */
const app = (...children: VNodeChild[]) => h(NMessageProvider, null, () => h(NNotificationProvider, null, () => children));
const page = (...children: VNodeChild[]) => app(h('div', { class: 'page' }, children));

/**
 * The expense form (NForm). When `invalid`, the payee's rule fails with the field message (the payees could not be
 * loaded) and the form validates on open, so NFormItem shows the error under the field.
 */
const ExpenseForm = defineComponent({
  props: expenseFormProps,
  setup(props) {
    const form = ref<FormInst | null>(null);
    const model = reactive({ payee: '', amount: '' });
    const rules: FormRules = {
      payee: [{ validator: () => (props.invalid ? new Error(copy.fieldMessage) : true), trigger: ['input', 'blur'] }],
    };
    onMounted(() => { if (props.invalid) form.value?.validate().catch(() => {}); });
    return () => h(NForm, { ref: form, model, rules, class: 'expense', 'aria-label': 'Create a QuickBooks expense', onSubmit: (e: Event) => e.preventDefault() }, () => [
      h('h1', null, 'Create a QuickBooks expense'),
      props.alert?.(),
      h(NFormItem, { label: 'Payee', path: 'payee' }, () => h(NInput, { value: model.payee, 'onUpdate:value': (v: string) => { model.payee = v; } })),
      h(NFormItem, { label: 'Amount', path: 'amount' }, () => h(NInput, { value: model.amount, 'onUpdate:value': (v: string) => { model.amount = v; } })),
      h(NButton, { type: 'primary', attrType: 'submit', disabled: props.invalid || props.saving, loading: props.saving }, () => (props.saving ? 'Saving...' : 'Create')),
    ]);
  },
});

/** The same fields outside any NForm: NFormItem's `validation-status` and `feedback` show the payee's error. */
const LooseFields = defineComponent({
  setup() {
    const payee = ref('');
    const amount = ref('');
    return () => h('div', { class: 'expense' }, [
      h('h1', null, 'Create a QuickBooks expense'),
      alertOf('error', copy.template)(),
      h(NFormItem, { label: 'Payee', validationStatus: 'error', feedback: copy.fieldMessage }, () => h(NInput, { value: payee.value, 'onUpdate:value': (v: string) => { payee.value = v; } })),
      h(NFormItem, { label: 'Amount' }, () => h(NInput, { value: amount.value, 'onUpdate:value': (v: string) => { amount.value = v; } })),
      h(NButton, { type: 'primary', disabled: true }, () => 'Create'),
    ]);
  },
});

interface Toasts { message: MessageApi; notification: NotificationApi }
/** Shows toasts on mount with the providers' APIs (useMessage and useNotification work in a component's setup). */
const Toaster = defineComponent({
  props: { show: { type: Function as PropType<(toasts: Toasts) => void>, required: true } },
  setup(props) {
    const toasts = { message: useMessage(), notification: useNotification() };
    onMounted(() => props.show(toasts));
    return () => null;
  },
});
const toast = (show: (toasts: Toasts) => void) => h(Toaster, { show });
/** The error notification that stays until closed (no `duration`), titled with the app. */
const notifyError = ({ notification }: Toasts) => { notification.error({ title: 'QuickBooks', content: copy.template }); };
const withForm = (...extra: VNodeChild[]) => () => app(h(ExpenseForm), ...extra);

/** The form inside NSpin (its spinner over the content) while the payees load. */
const loadingForm = (loading: boolean) => h(NSpin, { show: loading, description: 'Loading payees' }, () => h(ExpenseForm));

const SuccessThenError = defineComponent({
  setup() {
    const late = ref(false);
    onMounted(() => { setTimeout(() => { late.value = true; }, 1600); });
    return () => app(h(ExpenseForm, { alert: late.value ? alertOf('error', copy.template) : null }), toast(({ message }) => { message.success(copy.savedMessage); }));
  },
});

/** The spinner for 1.3 s, then the error notification (the notification API is taken in setup, used later). */
const SlowThenToastInner = defineComponent({
  setup() {
    const loading = ref(true);
    const notification = useNotification();
    onMounted(() => setTimeout(() => { loading.value = false; notification.error({ title: 'QuickBooks', content: copy.template }); }, 1300));
    return () => loadingForm(loading.value);
  },
});

/** The blocking dialog: NModal's dialog preset, open on arrival, closed only by its OK button (no close icon, mask or Escape). */
const FailureDialog = defineComponent({
  setup() {
    const open = ref(true);
    return () => h(NModal, {
      show: open.value, 'onUpdate:show': (v: boolean) => { open.value = v; }, preset: 'dialog', type: 'error', title: copy.dialogTitle,
      content: copy.template, positiveText: 'OK', closable: false, maskClosable: false, closeOnEsc: false,
      onPositiveClick: () => { open.value = false; },
    });
  },
});

type Row = Record<string, unknown>;
/** An NDataTable with static rows; columns render cells with the docs' `render(row)`. */
const table = (data: Row[], columns: DataTableColumns<Row>) => h(NDataTable, { data, columns, bordered: true });

const pages: Record<string, VuePage> = {
  'silent': { render: withForm() },
  'silent-retry': { render: withForm() },
  'console-only': { render: withForm(onMount(() => { setTimeout(() => console.error(copy.consoleError), 30); })) },
  'partly-worked': { title: 'Send invoice', render: () => app(h(ExpenseForm, { alert: alertOf('error', copy.partlyWorkedMessage) })) },
  'partly-failed': { title: 'Send invoice', render: withForm(toast(({ notification }) => { notification.success({ title: 'Success', content: copy.partlySucceededMessage, duration: 5000 }); })) },
  'false-success': { render: withForm(toast(({ message }) => { message.success(copy.savedMessage); })) },
  'false-success-worded': {
    title: 'Schedule meeting',
    render: () => page(h(NResult, { status: 'success', title: copy.meetingMessage }, { footer: () => h(NButton, { type: 'primary' }, () => 'Back to calendar') })),
  },
  'stuck-spinner': { render: () => app(loadingForm(true)) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h('div', { style: 'max-width: 480px' }, [h(NProgress, { type: 'line', percentage: 40, height: 16 })])),
  },
  'stuck-saving': { render: () => app(h(ExpenseForm, { saving: true })) },
  'stuck-skeleton': { title: 'Invoices', render: () => page(heading('QuickBooks invoices'), h(NCard, null, () => h(NSkeleton, { text: true, repeat: 4 }))) },
  'generic': { render: () => app(h(ExpenseForm, { alert: alertOf('error', copy.genericMessage) })) },
  // The common Naive UI pattern: an HTTP client's error interceptor shows the error with message.error.
  'error-code': { render: withForm(toast(({ message }) => { message.error(copy.codeMessage); })) },
  'false-empty': { render: () => page(heading('Choose a payee'), h(NEmpty, { description: copy.noPayeesMessage })) },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), alertOf('error', copy.thirdPartyMessage)()) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => app(h(ExpenseForm, { alert: alertOf('error', copy.template) })) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => page(h(NResult, { status: 'warning', title: copy.unavailableHeading, description: copy.loadTemplate }, { footer: () => h(NButton, { type: 'primary' }, () => 'Try again') })),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h('div', { class: 'cards' }, [
      h(NCard, { title: 'Contact details' }, () => 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.'),
      h(NCard, { title: 'QuickBooks invoices' }, () => h(NEmpty, { description: copy.loadTemplate }, { extra: () => h(NButton, { size: 'small' }, () => 'Try again') })),
    ])),
  },
  'contextual-alert': { render: () => app(h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })) },
  'alert-above-field': { render: () => app(h(LooseFields)) },
  'contextual-warning': { render: () => app(h(ExpenseForm, { alert: alertOf('warning', copy.staleTemplate) })) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), alertOf('warning', copy.settingsWarning)(),
      h(NFormItem, { label: 'Sync invoices', labelPlacement: 'left', showFeedback: false }, () => h(NSwitch, { value: true })),
      h(NButton, { type: 'primary', disabled: true }, () => 'Save')),
  },
  'error-toast': { render: withForm(toast(notifyError)) },
  'toast-vanishes': { render: withForm(toast(({ message }) => { message.error(copy.template, { duration: 1000 }); })) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), table([{ vendor: 'Acme' }, { vendor: 'Globex' }], [{ title: 'Vendor', key: 'vendor' }]),
      toast(({ message }) => { message.warning(copy.staleTemplate, { closable: true, duration: 8000 }); })),
  },
  'dialog': { render: () => app(h(ExpenseForm), h(FailureDialog)) },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), alertOf('error', copy.template)(), h('p', null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), table([{ run: 'Create QuickBooks invoice', failed: true }, { run: 'Create QuickBooks invoice', failed: false }], [
      { title: 'Run', key: 'run', width: 220 },
      { title: 'Status', key: 'status', render: (row) => (row.failed ? [h(NTag, { type: 'error' }, () => 'Failed'), ' ', copy.template] : h(NTag, { type: 'success' }, () => 'Succeeded')) },
      { title: '', key: 'actions', width: 100, render: (row) => (row.failed ? h(NButton, { size: 'small' }, () => 'Retry') : null) },
    ])),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'), h('div', { class: 'apps' }, [
      h(NCard, { size: 'small' }, () => h('div', { class: 'app' }, [h('strong', null, 'Slack'), h(NTag, { type: 'success', round: true }, () => 'Connected')])),
      h(NCard, { size: 'small' }, () => [
        h('div', { class: 'app' }, [h('strong', null, 'QuickBooks'), h(NTag, { type: 'warning', round: true }, () => copy.connectionLostBadge)]),
        h('p', null, copy.connectionLostSentence),
      ]),
    ])),
  },
  'slow-then-toast': { render: () => app(h(SlowThenToastInner)) },
  'offscreen-alert': { render: () => app(h('div', { style: 'height: 2400px' }, 'Expense policy and help text'), h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })) },
};

mountVue(pages);
