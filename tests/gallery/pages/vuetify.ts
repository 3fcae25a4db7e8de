// The gallery's pages in Vuetify 4 (vuetify, Material Design for Vue 3), installed as its docs' getting-started shows
// (createVuetify, the `vuetify/styles` stylesheet, each page inside a VApp) with the docs' Font Awesome icon set (the
// gallery is offline: no Material Design Icons CDN; @fortawesome/fontawesome-free's stylesheet is bundled), and written
// with Vue render functions: VAlert (type error/warning/success) in the page, VSnackbar for toasts (a v-model that is
// true on arrival, `timeout` -1 to stay, a Close button in its actions slot), VEmptyState for empty and unavailable
// states, a contained VOverlay with an indeterminate VProgressCircular over the form while it loads (the overlay docs'
// loader), VSkeletonLoader `loading`, VProgressLinear, VDialog `persistent` with a VCard, VForm with `rules` (a rule
// that fails once the payees could not be loaded, run with the form's validate() on open) and VTextField
// `error-messages` where the fields are not in a VForm, VBtn `loading`, VChip for statuses, VCard, VDataTable, VSwitch.
import { defineComponent, onMounted, reactive, ref, type PropType, type VNodeChild } from 'vue';
import { createVuetify } from 'vuetify';
import {
  VAlert, VApp, VBtn, VCard, VCardActions, VCardText, VCardTitle, VChip, VDataTable, VDialog, VEmptyState, VForm,
  VOverlay, VProgressCircular, VProgressLinear, VSkeletonLoader, VSnackbar, VSpacer, VSwitch, VTextField,
} from 'vuetify/components';
import { aliases, fa } from 'vuetify/iconsets/fa';
import 'vuetify/styles';
import '@fortawesome/fontawesome-free/css/all.css';
import * as copy from './copy.ts';
import { expenseFormProps, h, mountVue, onMount, type VuePage } from './mount-vue.ts';

const vuetify = createVuetify({ icons: { defaultSet: 'fa', aliases, sets: { fa } } });

// The app's own layout styles (Vuetify styles its components, not the page).
const style = document.createElement('style');
style.textContent = `body { margin: 0; font-family: Roboto, sans-serif; }
#root > div > header { padding: 12px 24px; border-bottom: 1px solid #ddd; font-weight: 600; font-family: Roboto, sans-serif; }
.page { padding: 16px 24px; max-width: 960px; }
.expense { max-width: 480px; padding: 16px 24px; position: relative; }
.expense .v-alert, .page .v-alert { margin-bottom: 16px; }
h1 { font-size: 1.5rem; font-weight: 500; margin: 0 0 16px; }
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.apps { display: flex; flex-direction: column; gap: 12px; max-width: 640px; }
.app { display: flex; align-items: center; gap: 8px; }`;
document.head.append(style);

type Tone = 'error' | 'warning' | 'success';
/** An alert in the page, as Vuetify's alert examples show it: a type (its color and icon) and the text. */
const alertOf = (type: Tone, text: string) => () => h(VAlert, { type, text });
const heading = (text: string) => h('h1', null, text);
/** Every Vuetify page renders inside a VApp (the docs' root component: theme, overlays' container). */
const app = (...children: VNodeChild[]) => h(VApp, null, () => children);
const page = (...children: VNodeChild[]) => app(h('div', { class: 'page' }, children));

/**
 * The expense form (VForm). When `invalid`, the payee's rule fails with the field message (the payees could not be
 * loaded) and the form validates on open, so VTextField shows the error under the field.
 */
const ExpenseForm = defineComponent({
  props: expenseFormProps,
  setup(props) {
    const form = ref<{ validate: () => Promise<unknown> }>();
    const model = reactive({ payee: '', amount: '' });
    const payeeRules = [() => (props.invalid ? copy.fieldMessage : true)];
    onMounted(() => { if (props.invalid) void form.value?.validate(); });
    return () => h(VForm, { ref: form, class: 'expense', 'aria-label': 'Create a QuickBooks expense', onSubmit: (e: Event) => e.preventDefault() }, () => [
      h('h1', null, 'Create a QuickBooks expense'),
      props.alert?.(),
      h(VTextField, { label: 'Payee', rules: payeeRules, modelValue: model.payee, 'onUpdate:modelValue': (v: string) => { model.payee = v; } }),
      h(VTextField, { label: 'Amount', modelValue: model.amount, 'onUpdate:modelValue': (v: string) => { model.amount = v; } }),
      h(VBtn, { type: 'submit', color: 'primary', disabled: props.invalid || props.saving, loading: props.saving }, () => (props.saving ? 'Saving...' : 'Create')),
    ]);
  },
});

/** The same fields outside any VForm: VTextField's `error-messages` prop shows the payee's error. */
const LooseFields = defineComponent({
  setup() {
    const payee = ref('');
    const amount = ref('');
    return () => h('div', { class: 'expense' }, [
      h('h1', null, 'Create a QuickBooks expense'),
      alertOf('error', copy.template)(),
      h(VTextField, { label: 'Payee', errorMessages: [copy.fieldMessage], modelValue: payee.value, 'onUpdate:modelValue': (v: string) => { payee.value = v; } }),
      h(VTextField, { label: 'Amount', modelValue: amount.value, 'onUpdate:modelValue': (v: string) => { amount.value = v; } }),
      h(VBtn, { color: 'primary', disabled: true }, () => 'Create'),
    ]);
  },
});


interface SnackOptions { color: string; text: string; timeout?: number; close?: boolean }
/**
 * A VSnackbar shown on arrival (its v-model starts true, as when the failed request's handler sets it), with the
 * docs' Close button in its actions slot when `close`.
 */
const Snack = defineComponent({
  props: { options: { type: Object as PropType<SnackOptions>, required: true } },
  setup(props) {
    const open = ref(true);
    return () => h(VSnackbar, {
      modelValue: open.value, 'onUpdate:modelValue': (v: boolean) => { open.value = v; },
      color: props.options.color, text: props.options.text, timeout: props.options.timeout ?? 5000,
    }, props.options.close ? { actions: () => h(VBtn, { onClick: () => { open.value = false; } }, () => 'Close') } : undefined);
  },
});
const snack = (options: SnackOptions) => h(Snack, { options });
/** The error snackbar that stays until closed (`timeout: -1`, the docs' "keep it open"). */
const errorSnack = (text: string) => snack({ color: 'error', text, timeout: -1, close: true });
const withForm = (...extra: VNodeChild[]) => () => app(h(ExpenseForm), ...extra);

/** The form under a contained VOverlay with an indeterminate VProgressCircular (the overlay docs' loader) while it loads. */
const loadingForm = (loading: boolean) => h('div', { style: 'position: relative' }, [
  h(ExpenseForm),
  h(VOverlay, { modelValue: loading, contained: true, persistent: true, class: 'align-center justify-center' }, () => h(VProgressCircular, { indeterminate: true, size: 64, color: 'primary' })),
]);

const SuccessThenError = defineComponent({
  setup() {
    const late = ref(false);
    onMounted(() => { setTimeout(() => { late.value = true; }, 1600); });
    return () => app(h(ExpenseForm, { alert: late.value ? alertOf('error', copy.template) : null }), snack({ color: 'success', text: copy.savedMessage }));
  },
});

const SlowThenToast = defineComponent({
  setup() {
    const loading = ref(true);
    onMounted(() => setTimeout(() => { loading.value = false; }, 1300));
    return () => app(loadingForm(loading.value), loading.value ? null : errorSnack(copy.template));
  },
});

/** The blocking dialog: open on arrival, `persistent` (no click-outside or Escape), closed only by its OK button. */
const FailureDialog = defineComponent({
  setup() {
    const open = ref(true);
    return () => h(VDialog, { modelValue: open.value, 'onUpdate:modelValue': (v: boolean) => { open.value = v; }, persistent: true, maxWidth: 480 }, () =>
      h(VCard, null, () => [
        h(VCardTitle, { class: 'text-wrap' }, () => copy.dialogTitle),
        h(VCardText, null, () => copy.template),
        h(VCardActions, null, () => [h(VSpacer), h(VBtn, { color: 'primary', onClick: () => { open.value = false; } }, () => 'OK')]),
      ]));
  },
});

/** A VDataTable with static rows (no pagination footer); `slots` render cells by the docs' `item.<key>` slots. */
const table = (items: object[], headers: { title: string; key: string; width?: number }[], slots: Record<string, (props: { item: Record<string, unknown> }) => VNodeChild> = {}) =>
  h(VDataTable, { items, headers, hideDefaultFooter: true }, slots);

const pages: Record<string, VuePage> = {
  'silent': { render: withForm() },
  'silent-retry': { render: withForm() },
  'console-only': { render: withForm(onMount(() => { setTimeout(() => console.error(copy.consoleError), 30); })) },
  'partly-worked': { title: 'Send invoice', render: () => app(h(ExpenseForm, { alert: alertOf('error', copy.partlyWorkedMessage) })) },
  'partly-failed': { title: 'Send invoice', render: withForm(snack({ color: 'success', text: copy.partlySucceededMessage })) },
  'false-success': { render: withForm(snack({ color: 'success', text: copy.savedMessage })) },
  'false-success-worded': { title: 'Schedule meeting', render: () => page(heading('Schedule a meeting'), alertOf('success', copy.meetingMessage)()) },
  'stuck-spinner': { render: () => app(loadingForm(true)) },
  'stuck-progress': {
    title: 'Import',
    render: () => page(heading('Importing QuickBooks customers'), h(VProgressLinear, { modelValue: 40, height: 16, color: 'primary', style: 'max-width: 480px' })),
  },
  'stuck-saving': { render: () => app(h(ExpenseForm, { saving: true })) },
  'stuck-skeleton': {
    title: 'Invoices',
    render: () => page(heading('QuickBooks invoices'), h(VCard, null, () => h(VSkeletonLoader, { loading: true, type: 'list-item-two-line@4' }, () => h('p', null, 'Invoices')))),
  },
  'generic': { render: () => app(h(ExpenseForm, { alert: alertOf('error', copy.genericMessage) })) },
  // The common Vuetify pattern: an HTTP client's error interceptor shows the error in a snackbar.
  'error-code': { render: withForm(snack({ color: 'error', text: copy.codeMessage })) },
  'false-empty': { render: () => page(heading('Choose a payee'), h(VEmptyState, { icon: 'fas fa-users', title: copy.noPayeesMessage })) },
  'third-party': { title: 'QuickBooks App Store', render: () => page(heading('QuickBooks App Store'), alertOf('error', copy.thirdPartyMessage)()) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => app(h(ExpenseForm, { alert: alertOf('error', copy.template) })) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => page(h(VEmptyState, { icon: 'fas fa-cloud', title: copy.unavailableHeading, text: copy.loadTemplate, actionText: 'Try again' })),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => page(heading('Customer: Acme'), h('div', { class: 'cards' }, [
      h(VCard, { title: 'Contact details', text: 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.' }),
      h(VCard, { title: 'QuickBooks invoices' }, () => h(VEmptyState, { icon: 'fas fa-cloud', size: 48, text: copy.loadTemplate, actionText: 'Try again' })),
    ])),
  },
  'contextual-alert': { render: () => app(h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })) },
  'alert-above-field': { render: () => app(h(LooseFields)) },
  'contextual-warning': { render: () => app(h(ExpenseForm, { alert: alertOf('warning', copy.staleTemplate) })) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => page(heading('QuickBooks settings'), alertOf('warning', copy.settingsWarning)(),
      h(VSwitch, { modelValue: true, label: 'Sync invoices', color: 'primary' }), h(VBtn, { color: 'primary', disabled: true }, () => 'Save')),
  },
  'error-toast': { render: withForm(errorSnack(copy.template)) },
  'toast-vanishes': { render: withForm(snack({ color: 'error', text: copy.template, timeout: 1000 })) },
  'warning-toast': {
    title: 'Vendors',
    render: () => page(heading('Vendors'), table([{ vendor: 'Acme' }, { vendor: 'Globex' }], [{ title: 'Vendor', key: 'vendor' }]),
      snack({ color: 'warning', text: copy.staleTemplate, timeout: 8000, close: true })),
  },
  'dialog': { render: () => app(h(ExpenseForm), h(FailureDialog)) },
  'inline-other': { title: 'Reports', render: () => page(heading('Reports'), alertOf('error', copy.template)(), h('p', null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => page(heading('Workflow history'), table(
      [{ run: 'Create QuickBooks invoice', failed: true }, { run: 'Create QuickBooks invoice', failed: false }],
      [{ title: 'Run', key: 'run', width: 220 }, { title: 'Status', key: 'status' }, { title: '', key: 'actions', width: 100 }],
      {
        'item.status': ({ item }) => (item.failed ? [h(VChip, { color: 'error', size: 'small' }, () => 'Failed'), ' ', copy.template] : h(VChip, { color: 'success', size: 'small' }, () => 'Succeeded')),
        'item.actions': ({ item }) => (item.failed ? h(VBtn, { size: 'small', variant: 'outlined' }, () => 'Retry') : null),
      },
    )),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => page(heading('Connected apps'), h('div', { class: 'apps' }, [
      h(VCard, { variant: 'outlined' }, () => h(VCardText, null, () => h('div', { class: 'app' }, [h('strong', null, 'Slack'), h(VChip, { color: 'success', size: 'small' }, () => 'Connected')]))),
      h(VCard, { variant: 'outlined' }, () => h(VCardText, null, () => [
        h('div', { class: 'app' }, [h('strong', null, 'QuickBooks'), h(VChip, { color: 'warning', size: 'small' }, () => copy.connectionLostBadge)]),
        h('p', null, copy.connectionLostSentence),
      ])),
    ])),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => app(h('div', { style: 'height: 2400px' }, 'Expense policy and help text'), h(ExpenseForm, { alert: alertOf('error', copy.template), invalid: true })) },
};

mountVue(pages, (application) => application.use(vuetify));
