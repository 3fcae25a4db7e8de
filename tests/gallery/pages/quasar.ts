// The gallery's pages in Quasar 2 (quasar 2.34, Vue 3), installed as its docs show for a Vue app without the Quasar CLI
// (app.use(Quasar, { plugins: { Notify, Dialog, Loading } }), quasar/dist/quasar.css, and @quasar/extras' Roboto
// font and Material Icons, the docs' default pick) and written with Vue render functions: QBanner (role=alert, the
// docs' coloured banners with an icon in the avatar slot) in the page, the Notify plugin for toasts (type negative,
// warning or positive; `timeout: 0` and a close action to stay), the Dialog plugin for the blocking dialog
// (`persistent`), the Loading plugin and QInnerLoading for spinners (QInnerLoading with the `label` prop and
// role=status, as its accessibility notes ask), QSkeleton (its region marked aria-busy, as its notes ask),
// QLinearProgress, QForm with a QSelect whose `rules` fail once the payees could not be loaded (validated on open) and
// QSelect's external `error`/`error-message` where the fields are not in a QForm, QBtn `loading` with its loading slot,
// QBadge for statuses, QCard, QList/QItem, QTable (its `no-data-label` for the empty list) and QToggle. Quasar has no
// empty-state or result component: those pages are the product's own column of QIcon, heading, text and QBtn, laid
// out with Quasar's flex and typography classes.
import { defineComponent, onMounted, reactive, ref, type VNodeChild } from 'vue';
import {
  Dialog, Loading, Notify, Quasar, QBadge, QBanner, QBtn, QCard, QCardActions, QCardSection, QForm, QIcon, QInnerLoading,
  QInput, QItem, QItemLabel, QItemSection, QLinearProgress, QList, QSelect, QSkeleton, QSpinner, QTable, QTd, QToggle,
} from 'quasar';
import '@quasar/extras/roboto-font/roboto-font.css';
import '@quasar/extras/material-icons/material-icons.css';
import 'quasar/dist/quasar.css';
import * as copy from './copy.ts';
import { expenseFormProps, h, mountVue, onMount, type VuePage } from './mount-vue.ts';

// The app's own layout styles (Quasar styles its components and gives helper classes, not the page's layout).
const style = document.createElement('style');
style.textContent = `#root > div > header { padding: 12px 24px; border-bottom: 1px solid rgba(0, 0, 0, 0.12); font-weight: 500; font-size: 16px; }
.page { padding: 16px 24px; max-width: 960px; }
.expense { max-width: 480px; padding: 16px 24px; }
h1 { font-size: 1.5rem; line-height: 2rem; font-weight: 400; margin: 0 0 16px; letter-spacing: normal; }
.q-banner { margin-bottom: 16px; }`;
document.head.append(style);

type Tone = 'error' | 'warning';
/** A banner in the page, as QBanner's examples colour one: the negative or warning colour, an icon in the avatar slot. */
const bannerOf = (tone: Tone, text: string) => () => h(QBanner, { rounded: true, class: tone === 'error' ? 'bg-negative text-white' : 'bg-warning text-dark' }, {
  avatar: () => h(QIcon, { name: tone === 'error' ? 'error' : 'warning' }),
  default: () => text,
});
const heading = (text: string) => h('h1', null, text);
const page = (...children: VNodeChild[]) => h('div', { class: 'page' }, children);

/** The payees a healthy QuickBooks would list (the form's QSelect options). */
const payees = ['Acme', 'Globex', 'Initech'];

/**
 * The expense form (QForm). When `invalid`, the payee QSelect's rule fails with the field message (the payees could not
 * be loaded) and the form validates on open, so the field shows its error under it.
 */
const ExpenseForm = defineComponent({
  props: expenseFormProps,
  setup(props) {
    const form = ref<{ validate: () => Promise<boolean> } | null>(null);
    const model = reactive({ payee: null as string | null, amount: '' });
    onMounted(() => { if (props.invalid) void form.value?.validate(); });
    return () => h(QForm, { ref: form, class: 'expense q-gutter-md', 'aria-label': 'Create a QuickBooks expense', onSubmit: () => {} }, () => [
      h('h1', null, 'Create a QuickBooks expense'),
      props.alert?.(),
      h(QSelect, {
        outlined: true, label: 'Payee', options: props.invalid ? [] : payees, modelValue: model.payee, 'onUpdate:modelValue': (v: string) => { model.payee = v; },
        rules: [() => !props.invalid || copy.fieldMessage],
      }),
      h(QInput, { outlined: true, label: 'Amount', modelValue: model.amount, 'onUpdate:modelValue': (v: string) => { model.amount = v; } }),
      // The docs' loading-slot example (a spinner on the left and the text) in a button wide enough for it.
      h('div', null, [h(QBtn, { type: 'submit', color: 'primary', label: 'Create', disable: props.invalid, loading: props.saving, style: 'width: 150px' }, {
        loading: () => [h(QSpinner, { class: 'on-left' }), 'Saving...'],
      })]),
    ]);
  },
});

/** The same fields outside any QForm: QSelect's external validation (`error` and `error-message`) shows the payee's error. */
const LooseFields = defineComponent({
  setup() {
    const payee = ref<string | null>(null);
    const amount = ref('');
    return () => h('div', { class: 'expense q-gutter-md' }, [
      h('h1', null, 'Create a QuickBooks expense'),
      bannerOf('error', copy.template)(),
      h(QSelect, { outlined: true, label: 'Payee', options: [], modelValue: payee.value, 'onUpdate:modelValue': (v: string) => { payee.value = v; }, bottomSlots: true, error: true, errorMessage: copy.fieldMessage }),
      h(QInput, { outlined: true, label: 'Amount', modelValue: amount.value, 'onUpdate:modelValue': (v: string) => { amount.value = v; } }),
      h('div', null, [h(QBtn, { color: 'primary', label: 'Create', disable: true })]),
    ]);
  },
});

const withForm = (effect: () => void) => () => h('div', null, [h(ExpenseForm), onMount(effect)]);
/** A close action for a notification that stays (the docs' round close icon, named as its accessibility notes ask). */
const closeAction = { icon: 'close', color: 'white', round: true, 'aria-label': 'Dismiss' };
/** The error notification that stays until closed (`timeout: 0`). */
const notifyError = () => { Notify.create({ type: 'negative', message: copy.template, multiLine: true, timeout: 0, actions: [closeAction] }); };

/** The form under QInnerLoading (its spinner over the form, the `label` prop and role=status as its accessibility notes ask). */
const loadingForm = (loading: boolean) => h('div', { class: 'relative-position', 'aria-busy': loading ? 'true' : undefined }, [
  h(ExpenseForm),
  h(QInnerLoading, { showing: loading, label: 'Loading payees', role: 'status' }),
]);

const SuccessThenError = defineComponent({
  setup() {
    const late = ref(false);
    onMounted(() => {
      Notify.create({ type: 'positive', message: copy.savedMessage });
      setTimeout(() => { late.value = true; }, 1600);
    });
    return () => h(ExpenseForm, { alert: late.value ? bannerOf('error', copy.template) : null });
  },
});

/** The Loading plugin's overlay while the payees load (its default 500 ms delay), then the error notification at 1.3 s. */
const SlowThenToast = defineComponent({
  setup() {
    onMounted(() => {
      Loading.show({ message: 'Loading payees' });
      setTimeout(() => { Loading.hide(); notifyError(); }, 1300);
    });
    return () => h(ExpenseForm);
  },
});

type Row = Record<string, unknown>;
interface Column { name: string; label: string; field?: string; align?: string; style?: string; cell?: (row: Row) => VNodeChild }
/** A QTable with static rows, no pagination; a column with `cell` renders through its `body-cell-[name]` slot in a QTd. */
const table = (rows: Row[], columns: Column[], over: object = {}) => h(QTable, {
  flat: true, bordered: true, rows, rowKey: 'id', hidePagination: true, rowsPerPageOptions: [0],
  columns: columns.map(({ cell: _cell, ...c }) => ({ align: 'left', ...c })), ...over,
}, Object.fromEntries(columns.filter((c) => c.cell).map((c) => [`body-cell-${c.name}`, (props: { row: Row }) => h(QTd, { props }, () => c.cell!(props.row))])));

/** The product's own "unavailable" panel (Quasar has no empty-state component): an icon, a heading, the text, a button. */
const unavailable = (title: string | null, text: string, level: 'h1' | 'div') => h('div', { class: 'column items-center text-center q-pa-xl q-gutter-md' }, [
  h(QIcon, { name: 'cloud_off', size: '64px', color: 'grey-6' }),
  title ? h(level, { class: 'text-h5' }, title) : null,
  h('p', { class: 'text-body1', style: 'max-width: 520px' }, text),
  h(QBtn, { color: 'primary', label: 'Try again', unelevated: true }),
]);

const pages: Record<string, VuePage> = {
  'silent': { render: () => h(ExpenseForm) },
  'silent-retry': { render: () => h(ExpenseForm) },
  'console-only': { render: withForm(() => { setTimeout(() => console.error(copy.consoleError), 30); }) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: bannerOf('error', copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: withForm(() => { Notify.create({ type: 'positive', message: copy.partlySucceededMessage }); }) },
  'false-success': { render: withForm(() => { Notify.create({ type: 'positive', message: copy.savedMessage }); }) },
  'false-success-worded': {
    title: 'Schedule meeting',
    render: () => page(h(QCard, { flat: true, bordered: true, style: 'max-width: 520px' }, () => [
      h(QCardSection, { class: 'column items-center text-center q-gutter-sm' }, () => [
        h(QIcon, { name: 'check_circle', size: '56px', color: 'positive' }),
        h('div', { class: 'text-h6' }, copy.meetingMessage),
      ]),
      h(QCardActions, { align: 'center' }, () => h(QBtn, { color: 'primary', label: 'Back to calendar', unelevated: true })),
    ])),
  },
  'stuck-spinner': { render: () => loadingForm(true) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h(QLinearProgress, { value: 0.4, size: '16px', rounded: true, style: 'max-width: 480px' })),
  },
  'stuck-saving': { render: () => h(ExpenseForm, { saving: true }) },
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h(QCard, { flat: true, bordered: true, 'aria-busy': 'true' }, () => h(QCardSection, null, () => [
      h(QSkeleton, { type: 'text', width: '40%' }), h(QSkeleton, { type: 'text' }), h(QSkeleton, { type: 'text' }), h(QSkeleton, { type: 'text', width: '70%' }),
    ]))),
  },
  'generic': { render: () => h(ExpenseForm, { alert: bannerOf('error', copy.genericMessage) }) },
  // The common Quasar pattern: an HTTP client's error interceptor (a boot file) shows the error with Notify.
  'error-code': { render: withForm(() => { Notify.create({ type: 'negative', message: copy.codeMessage }); }) },
  'false-empty': {
    render: () => page(heading('Choose a payee'), table([], [{ name: 'payee', label: 'Payee', field: 'payee' }], { noDataLabel: copy.noPayeesMessage })),
  },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), bannerOf('error', copy.thirdPartyMessage)()) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: bannerOf('error', copy.template) }) },
  'empty-full-page': { title: 'Invoices', render: () => page(unavailable(copy.unavailableHeading, copy.loadTemplate, 'h1')) },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h('div', { class: 'row q-col-gutter-md' }, [
      h('div', { class: 'col-6' }, [h(QCard, { flat: true, bordered: true }, () => [
        h(QCardSection, null, () => h('div', { class: 'text-h6' }, 'Contact details')),
        h(QCardSection, { class: 'q-pt-none' }, () => 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.'),
      ])]),
      h('div', { class: 'col-6' }, [h(QCard, { flat: true, bordered: true }, () => [
        h(QCardSection, null, () => h('div', { class: 'text-h6' }, 'QuickBooks invoices')),
        h(QCardSection, { class: 'q-pt-none' }, () => unavailable(null, copy.loadTemplate, 'div')),
      ])]),
    ])),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: bannerOf('error', copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(LooseFields) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: bannerOf('warning', copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), bannerOf('warning', copy.settingsWarning)(),
      h('div', null, [h(QToggle, { modelValue: true, label: 'Sync invoices' })]),
      h('div', { class: 'q-mt-md' }, [h(QBtn, { color: 'primary', label: 'Save', disable: true })])),
  },
  'error-toast': { render: withForm(notifyError) },
  'toast-vanishes': { render: withForm(() => { Notify.create({ type: 'negative', message: copy.template, multiLine: true, timeout: 1000 }); }) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), table([{ id: 1, vendor: 'Acme' }, { id: 2, vendor: 'Globex' }], [{ name: 'vendor', label: 'Vendor', field: 'vendor' }]),
      onMount(() => { Notify.create({ type: 'warning', message: copy.staleTemplate, multiLine: true, timeout: 8000, actions: [{ ...closeAction, color: 'dark' }] }); })),
  },
  // The Dialog plugin (as a failed request's handler would open it): persistent, closed only by its OK button.
  'dialog': { render: withForm(() => { Dialog.create({ title: copy.dialogTitle, message: copy.template, persistent: true, ok: 'OK' }); }) },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), bannerOf('error', copy.template)(), h('p', null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), table([{ id: 1, run: 'Create QuickBooks invoice', failed: true }, { id: 2, run: 'Create QuickBooks invoice', failed: false }], [
      { name: 'run', label: 'Run', field: 'run', style: 'width: 220px' },
      { name: 'status', label: 'Status', style: 'white-space: normal', cell: (row) => (row.failed ? [h(QBadge, { color: 'negative', label: 'Failed' }), ' ', copy.template] : h(QBadge, { color: 'positive', label: 'Succeeded' })) },
      { name: 'actions', label: '', style: 'width: 100px', cell: (row) => (row.failed ? h(QBtn, { size: 'sm', color: 'primary', outline: true, label: 'Retry' }) : null) },
    ], { wrapCells: true })),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'), h(QList, { bordered: true, separator: true, style: 'max-width: 640px' }, () => [
      h(QItem, null, () => [
        h(QItemSection, null, () => h(QItemLabel, null, () => 'Slack')),
        h(QItemSection, { side: true, top: true }, () => h(QBadge, { color: 'positive', label: 'Connected' })),
      ]),
      h(QItem, null, () => [
        h(QItemSection, null, () => [h(QItemLabel, null, () => 'QuickBooks'), h(QItemLabel, { caption: true }, () => copy.connectionLostSentence)]),
        h(QItemSection, { side: true, top: true }, () => h(QBadge, { color: 'warning', textColor: 'dark', label: copy.connectionLostBadge })),
      ]),
    ])),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, [h('div', { style: 'height: 2400px' }, 'Expense policy and help text'), h(ExpenseForm, { alert: bannerOf('error', copy.template), invalid: true })]) },
};

mountVue(pages, (app) => app.use(Quasar, { plugins: { Notify, Dialog, Loading } }));
