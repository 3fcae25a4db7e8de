// The gallery's pages in Element Plus 2 (element-plus, Vue 3), installed as its docs' "full import" (app.use(ElementPlus)
// and its stylesheet) and written with Vue render functions: ElAlert (type error/warning/success, show-icon) in the
// page, ElMessage and ElNotification for toasts (Element Plus's two transient messages, appended to <body>), ElEmpty and
// ElResult for empty and unavailable states, the v-loading directive (a spinner mask over the form), ElSkeleton,
// ElProgress, ElDialog, ElForm with validation rules (a validator that fails once the payees could not be loaded,
// run with validateField; ElFormItem's `error` prop where the fields are not in an ElForm), ElButton `loading`, ElTag
// for statuses, ElCard, ElTable and ElSwitch.
import { defineComponent, onMounted, reactive, ref, withDirectives, type VNodeChild } from 'vue';
import ElementPlus, {
  ElAlert, ElButton, ElCard, ElDialog, ElEmpty, ElForm, ElFormItem, ElInput, ElMessage, ElNotification, ElProgress,
  ElResult, ElSkeleton, ElSwitch, ElTable, ElTableColumn, ElTag, vLoading, type FormInstance, type FormRules,
} from 'element-plus';
import 'element-plus/dist/index.css';
import * as copy from './copy.ts';
import { expenseFormProps, h, mountVue, onMount, type VuePage } from './mount-vue.ts';

// The app's own layout styles (Element Plus styles its components, not the page).
const style = document.createElement('style');
style.textContent = `body { font-family: var(--el-font-family); color: var(--el-text-color-primary); margin: 0; }
#root > div > header { padding: 12px 24px; border-bottom: 1px solid var(--el-border-color); font-weight: 600; }
.page { padding: 16px 24px; max-width: 960px; }
.expense { max-width: 480px; padding: 16px 24px; }
.expense .el-alert { margin-bottom: 16px; }
.page .el-alert { margin-bottom: 16px; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.apps { display: flex; flex-direction: column; gap: 12px; max-width: 640px; }
.app { display: flex; align-items: center; gap: 8px; }`;
document.head.append(style);

type Tone = 'error' | 'warning' | 'success';
/** An alert in the page, as Element Plus's alert examples show it: a type, the icon, the message as its title. */
const alertOf = (type: Tone, text: string) => () => h(ElAlert, { type, title: text, showIcon: true, closable: false });
const heading = (text: string) => h('h1', null, text);
const page = (...children: VNodeChild[]) => h('div', { class: 'page' }, children);

/**
 * The expense form (ElForm). When `invalid`, the payee's validation rule fails with the field message (the payees could
 * not be loaded) and the form validates that field on open, so ElFormItem shows the error under it.
 */
const ExpenseForm = defineComponent({
  props: expenseFormProps,
  setup(props) {
    const form = ref<FormInstance>();
    const model = reactive({ payee: '', amount: '' });
    const rules: FormRules = {
      payee: [{ validator: (_rule, _value, callback) => (props.invalid ? callback(new Error(copy.fieldMessage)) : callback()), trigger: 'change' }],
    };
    onMounted(() => { if (props.invalid) form.value?.validateField('payee').catch(() => {}); });
    return () => h(ElForm, { ref: form, model, rules, labelPosition: 'top', class: 'expense', 'aria-label': 'Create a QuickBooks expense' }, () => [
      h('h1', null, 'Create a QuickBooks expense'),
      props.alert?.(),
      h(ElFormItem, { label: 'Payee', prop: 'payee' }, () => h(ElInput, { modelValue: model.payee, 'onUpdate:modelValue': (v: string) => { model.payee = v; } })),
      h(ElFormItem, { label: 'Amount', prop: 'amount' }, () => h(ElInput, { modelValue: model.amount, 'onUpdate:modelValue': (v: string) => { model.amount = v; } })),
      h(ElFormItem, null, () => h(ElButton, { type: 'primary', nativeType: 'submit', disabled: props.invalid, loading: props.saving }, () => (props.saving ? 'Saving...' : 'Create'))),
    ]);
  },
});

/** The same fields outside any ElForm: ElFormItem's `error` prop shows the payee's error (no form, so no rules). */
const LooseFields = defineComponent({
  setup() {
    const payee = ref('');
    const amount = ref('');
    return () => h('div', { class: 'expense' }, [
      h('h1', null, 'Create a QuickBooks expense'),
      alertOf('error', copy.template)(),
      h(ElFormItem, { label: 'Payee', labelPosition: 'top', error: copy.fieldMessage }, () => h(ElInput, { modelValue: payee.value, 'onUpdate:modelValue': (v: string) => { payee.value = v; } })),
      h(ElFormItem, { label: 'Amount', labelPosition: 'top' }, () => h(ElInput, { modelValue: amount.value, 'onUpdate:modelValue': (v: string) => { amount.value = v; } })),
      h(ElButton, { type: 'primary', disabled: true }, () => 'Create'),
    ]);
  },
});

const withForm = (effect: () => void, formProps: object = {}) => () => h('div', null, [h(ExpenseForm, formProps), onMount(effect)]);

/** An ElNotification that stays until closed (`duration: 0`, the docs' "prevent auto closing"). */
const notifyError = (message: string) => { ElNotification({ type: 'error', title: 'QuickBooks', message, duration: 0 }); };

/** The form under v-loading (Element Plus's loading mask and spinner) while the payees load. */
const loadingForm = (loading: boolean) => withDirectives(h('div', { 'element-loading-text': 'Loading payees' }, [h(ExpenseForm)]), [[vLoading, loading]]);

const SuccessThenError = defineComponent({
  setup() {
    const late = ref(false);
    onMounted(() => {
      ElMessage.success(copy.savedMessage);
      setTimeout(() => { late.value = true; }, 1600);
    });
    return () => h(ExpenseForm, { alert: late.value ? alertOf('error', copy.template) : null });
  },
});

const SlowThenToast = defineComponent({
  setup() {
    const loading = ref(true);
    onMounted(() => setTimeout(() => { loading.value = false; notifyError(copy.template); }, 1300));
    return () => loadingForm(loading.value);
  },
});

/** The blocking dialog: open on arrival, closed only by its OK button (no close icon, no click-outside or Escape). */
const FailureDialog = defineComponent({
  setup() {
    const open = ref(true);
    return () => h(ElDialog, {
      modelValue: open.value, 'onUpdate:modelValue': (v: boolean) => { open.value = v; }, title: copy.dialogTitle, width: 480,
      showClose: false, closeOnClickModal: false, closeOnPressEscape: false,
    }, {
      default: () => h('p', null, copy.template),
      footer: () => h(ElButton, { type: 'primary', onClick: () => { open.value = false; } }, () => 'OK'),
    });
  },
});

/** An ElTable with static rows; `columns` are ElTableColumn props, with a `cell` render for slot content. */
const table = (data: object[], columns: { label: string; prop?: string; minWidth?: number; width?: number; cell?: (row: Record<string, unknown>) => VNodeChild }[]) =>
  h(ElTable, { data, style: 'width: 100%' }, () => columns.map(({ cell, ...column }) =>
    h(ElTableColumn, column, cell ? { default: ({ row }: { row: Record<string, unknown> }) => cell(row) } : undefined)));

const pages: Record<string, VuePage> = {
  'silent': { render: () => h(ExpenseForm) },
  'silent-retry': { render: () => h(ExpenseForm) },
  'console-only': { render: withForm(() => { setTimeout(() => console.error(copy.consoleError), 30); }) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: alertOf('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: withForm(() => { ElNotification({ type: 'success', title: 'Success', message: copy.partlySucceededMessage }); }) },
  'false-success': { render: withForm(() => { ElMessage.success(copy.savedMessage); }) },
  'false-success-worded': {
    title: 'Schedule meeting',
    render: () => page(h(ElResult, { icon: 'success', title: copy.meetingMessage }, { extra: () => h(ElButton, { type: 'primary' }, () => 'Back to calendar') })),
  },
  'stuck-spinner': { render: () => loadingForm(true) },
  'stuck-progress': { title: 'Import', render: () => page(heading('Importing QuickBooks customers'), h(ElProgress, { percentage: 40, strokeWidth: 16, style: 'max-width: 480px' })) },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': { title: 'Invoices', render: () => page(heading('QuickBooks invoices'), h(ElCard, null, () => h(ElSkeleton, { rows: 4, animated: true }))) },
  'generic': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.genericMessage) }) },
  // The common Element Plus pattern: an HTTP client's error interceptor shows the error as an ElMessage.
  'error-code': { render: withForm(() => { ElMessage.error(copy.codeMessage); }) },
  'false-empty': { render: () => page(heading('Choose a payee'), h(ElEmpty, { description: copy.noPayeesMessage })) },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), alertOf('error', copy.thirdPartyMessage)()) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => page(h(ElResult, { icon: 'warning', title: copy.unavailableHeading, subTitle: copy.loadTemplate }, { extra: () => h(ElButton, { type: 'primary' }, () => 'Try again') })),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h('div', { class: 'cards' }, [
      h(ElCard, { header: 'Contact details' }, () => 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.'),
      h(ElCard, { header: 'QuickBooks invoices' }, () => h(ElEmpty, { description: copy.loadTemplate }, () => h(ElButton, null, () => 'Try again'))),
    ])),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(LooseFields) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: alertOf('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), alertOf('warning', copy.settingsWarning)(),
      h('p', null, [h(ElSwitch, { modelValue: true, activeText: 'Sync invoices' })]), h(ElButton, { type: 'primary', disabled: true }, () => 'Save')),
  },
  'error-toast': { render: withForm(() => notifyError(copy.template)) },
  'toast-vanishes': { render: withForm(() => { ElMessage({ type: 'error', message: copy.template, duration: 1000 }); }) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), table([{ vendor: 'Acme' }, { vendor: 'Globex' }], [{ label: 'Vendor', prop: 'vendor' }]),
      onMount(() => { ElMessage({ type: 'warning', message: copy.staleTemplate, showClose: true, duration: 8000 }); })),
  },
  'dialog': { render: () => h('div', null, [h(ExpenseForm), h(FailureDialog)]) },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), alertOf('error', copy.template)(), h('p', null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), table([{ run: 'Create QuickBooks invoice', failed: true }, { run: 'Create QuickBooks invoice', failed: false }], [
      { label: 'Run', prop: 'run', width: 220 },
      { label: 'Status', minWidth: 360, cell: (row) => (row.failed ? [h(ElTag, { type: 'danger' }, () => 'Failed'), ' ', copy.template] : h(ElTag, { type: 'success' }, () => 'Succeeded')) },
      { label: '', width: 100, cell: (row) => (row.failed ? h(ElButton, { size: 'small' }, () => 'Retry') : null) },
    ])),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'), h('div', { class: 'apps' }, [
      h(ElCard, { shadow: 'never' }, () => h('div', { class: 'app' }, [h('strong', null, 'Slack'), h(ElTag, { type: 'success', round: true }, () => 'Connected')])),
      h(ElCard, { shadow: 'never' }, () => [
        h('div', { class: 'app' }, [h('strong', null, 'QuickBooks'), h(ElTag, { type: 'warning', round: true }, () => copy.connectionLostBadge)]),
        h('p', null, copy.connectionLostSentence),
      ]),
    ])),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, [h('div', { style: 'height: 2400px' }, 'Expense policy and help text'), h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })]) },
};

mountVue(pages, (app) => app.use(ElementPlus));
