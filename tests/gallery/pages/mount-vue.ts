// Browser side of the gallery for Vue 3 pages (Element Plus, Vuetify): the same product shell and mount announcement as
// mount.ts's React and HTML pages, rendered with Vue's render functions (no SFC compiler, no runtime templates).
import { createApp, defineComponent, h as vueH, onMounted, type App, type Component, type PropType, type VNode, type VNodeChild } from 'vue';
import { requestedPage } from './page.ts';

/** A Vue gallery page: its document title and what it renders inside the product's main region. */
export interface VuePage {
  title?: string;
  render: () => VNodeChild;
}

/**
 * Vue's `h` with loose props and children: the pages pass components, props and slot functions the way Element
 * Plus's docs write them in templates; the component libraries' prop types defeat `h`'s overloads. The browser checks the rest.
 */
export const h = vueH as unknown as (type: Component | string, props?: object | null, children?: unknown) => VNode;

/**
 * Renders the requested Vue page under a product header, in an app `install` prepares (the library's plugin).
 * The mount is announced from the shell's own `onMounted`, which Vue runs after every page component's (where the
 * pages start their timers and show their toasts), so the mount time never runs ahead of the page's own clock.
 * @example mountVue({ silent: { render: () => h(ExpenseForm) } }, (app) => app.use(ElementPlus));
 */
export function mountVue(pages: Record<string, VuePage>, install: (app: App) => void = () => {}): void {
  const { page, root, announce } = requestedPage(pages);
  if (!page) return;
  const Shell = defineComponent({
    setup() {
      onMounted(announce);
      return () => vueH('div', null, [vueH('header', null, 'Integrations Hub'), vueH('main', null, [page.render()])]);
    },
  });
  const app = createApp(Shell);
  install(app);
  app.mount(root);
}

const OnMount = defineComponent({
  props: { effect: { type: Function as PropType<() => void>, required: true } },
  setup(props) {
    onMounted(() => props.effect());
    return () => null;
  },
});

/** Runs `effect` once the page has mounted (a toast, a console error, a late alert's timer). */
export const onMount = (effect: () => void): VNode => vueH(OnMount, { effect });

/** The props of every Vue library's expense form: an alert to render above its fields, the payee invalid, saving. */
export const expenseFormProps = {
  alert: { type: Function as PropType<() => VNodeChild>, default: null },
  invalid: Boolean,
  saving: Boolean,
};
