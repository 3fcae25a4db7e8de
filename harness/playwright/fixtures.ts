import { test as base } from '@playwright/test';
import type { ResolvedConfig } from '../config/load-config.ts';
import { runLabel, VARIANT_ENV } from '../config/variant.ts';
import type { Flow } from '../flows/types.ts';
import type { MockRuntime } from '../runtime/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { OBSERVE_DEFAULTS } from '../scenario/observe-defaults.ts';
import type { RemoteMocks } from './attach/remote-mocks.ts';
import type { LaunchedProduct } from './attach/start-product.ts';
import type { DrillOutcome } from './run-scenario.ts';
import { runDirFromEnv } from './run-dir.ts';

// The harness is imported where a fixture first needs it, not with this module: Playwright's main process
// imports the specs (and so this file) only to list the tests, and needs none of it.
const configModule = () => import('../config/from-env.ts');
const runtimeModule = () => import('../runtime/mock-runtime.ts');
const remoteModule = () => import('./attach/remote-mocks.ts');
const productModule = () => import('./attach/start-product.ts');
const drillModules = () => Promise.all([import('../config/providers.ts'), import('../flows/check-context.ts'), import('../flows/registry.ts'), import('./attach/route-browser-calls.ts'), import('./run-scenario.ts')]);

/** The product under test, as one worker sees it. */
export interface ProductUnderTest {
  url: string;
  /** The run's label: the variant drilled, else the config's label. */
  label: string;
}

/** Runs scenarios in the current page against this worker's mocks and product. */
export interface Drill {
  run(scenario: Scenario): Promise<DrillOutcome>;
}

/** Worker-scoped options a Playwright project can set. */
export interface BrownoutWorkerOptions {
  /** Flows scenarios may reference instead of the config's (tests of the harness itself). */
  flows: Flow[] | undefined;
  /** A `brownout.config.*` file; default the one in BROWNOUT_CONFIG, else the package's default. */
  configFile: string | undefined;
  /** The config variant to drill (`{{variant}}`); default BROWNOUT_VARIANT, else the config's default variant. */
  variant: string | undefined;
}


// A config's thresholds replace the scenario language's defaults; a scenario's own values win.
function observeOf(scenario: Scenario, config: ResolvedConfig): Scenario['observe'] {
  const own = scenario.observe;
  return {
    stuckMs: own.stuckMs === OBSERVE_DEFAULTS.stuckMs ? (config.observe.stuckMs ?? own.stuckMs) : own.stuckMs,
    settleMs: own.settleMs === OBSERVE_DEFAULTS.settleMs ? (config.observe.settleMs ?? own.settleMs) : own.settleMs,
  };
}

/**
 * Playwright `test` with brownout's fixtures: `config` (the run's config), `mocks` (this worker's mock
 * runtime) and `product` (the config's product started per worker in the run's variant with env pointing at
 * this worker's mocks, or the already-running one) once per worker; `drill` per test, which
 * routes the page's own provider calls to the mocks when the config asks, applies a scenario's faults and
 * resets them after the test. Every test, whatever fixture it uses, starts with no fault and an empty journal. With `product.running.control`, `mocks` is the remote `brownout mocks`, driven through its control API.
 */
export const test = base.extend<{ drill: Drill; freshMocks: void }, BrownoutWorkerOptions & { config: ResolvedConfig; mocks: MockRuntime; productLaunch: LaunchedProduct | null; product: ProductUnderTest }>({
  flows: [undefined, { option: true, scope: 'worker' }],
  configFile: [undefined, { option: true, scope: 'worker' }],
  variant: [process.env[VARIANT_ENV] || undefined, { option: true, scope: 'worker' }],
  config: [async ({ configFile }, use) => use(await (await configModule()).runConfig(configFile)), { scope: 'worker' }],
  mocks: [
    async ({ config }, use) => {
      const control = config.product.running?.control;
      const mocks = control
        ? await (await remoteModule()).connectControlApi(control, config.use, process.env.BROWNOUT_CONTROL_TOKEN)
        : await (await runtimeModule()).startMockRuntime({ providers: config.use, definitions: config.providers, strictAuth: config.strictAuth });
      await use(mocks);
      await mocks.close();
    },
    { scope: 'worker' },
  ],
  // The product's command, started (not yet ready) once per worker; null for an already-running product.
  productLaunch: [
    async ({ mocks, variant, config }, use) => {
      if (config.product.running) return use(null);
      const launched = await (await productModule()).launchProduct(config.product.start!, mocks.baseUrls, config.file, { variant: variant ?? config.defaultVariant, echo: process.env.BROWNOUT_VERBOSE === '1' });
      try {
        await use(launched);
      } finally {
        await launched.close();
      }
    },
    { scope: 'worker' },
  ],
  product: [
    async ({ productLaunch, variant, config }, use) => {
      const label = runLabel(config, variant ?? config.defaultVariant);
      if (!productLaunch) return use({ url: config.product.running!.url, label });
      await productLaunch.ready;
      await use({ url: productLaunch.url, label });
    },
    { scope: 'worker' },
  ],
  // Before every test, whichever fixtures it uses: no fault, an empty journal, each provider's data at its seed
  // (a hand-written test after one that applied a fault starts clean).
  freshMocks: [
    async ({ mocks }, use) => {
      await (mocks as Partial<RemoteMocks>).prepare?.([]);
      mocks.reset();
      await use();
    },
    { auto: true },
  ],
  // productLaunch before page: Playwright sets fixtures up in this order, so the product boots while the
  // browser launches; product (ready) after.
  drill: async ({ productLaunch: _booting, page, product, mocks, flows, config }, use) => {
    const [{ hostsOf }, { contextConflicts }, { flowRegistry }, { routeBrowserCalls }, { runScenario }] = await drillModules();
    const registry = flowRegistry(flows ?? config.flows);
    const providers = config.providers;
    const routes = config.product.routeBrowserCalls.map((slug) => ({ provider: slug, hosts: hostsOf(providers[slug]!), baseUrl: mocks.baseUrls[slug]! }));
    const unroute = routes.length > 0 ? await routeBrowserCalls(page.context(), routes) : undefined;
    await use({
      async run(scenario) {
        const flow = registry.get(scenario.flow);
        if (!flow) throw new Error(`brownout: ${scenario.id}: unknown flow "${scenario.flow}"; known flows: ${[...registry.keys()].join(', ')}`);
        const conflicts = contextConflicts(scenario, flow);
        if (conflicts.length > 0) throw new Error(`brownout: ${scenario.id}: the scenario's context contradicts ${conflicts.join('; ')}`);
        // Remote mocks get the faults before the flow starts (runScenario's own apply is then a no-op).
        await (mocks as Partial<RemoteMocks>).prepare?.(scenario.faults);
        return runScenario({
          page, scenario: { ...scenario, observe: observeOf(scenario, config) }, flow, mocks, providers,
          baseUrl: product.url, runDir: runDirFromEnv(), selectors: config.selectors,
        });
      },
    });
    await unroute?.();
    mocks.resetFaults();
  },
});

export { expect } from '@playwright/test';
