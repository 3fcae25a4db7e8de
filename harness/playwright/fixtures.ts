import { test as base } from '@playwright/test';
import { runConfig } from '../config/from-env.ts';
import type { ResolvedConfig } from '../config/load-config.ts';
import type { Flow } from '../flows/types.ts';
import type { MockRuntime } from '../runtime/types.ts';
import type { Scenario } from '../scenario/types.ts';
import type { RemoteMocks } from './attach/remote-mocks.ts';
import type { DrillOutcome } from './run-scenario.ts';
import { runDirFromEnv } from './run-dir.ts';

// The mocks, the demo, the product starter and the judge are imported by the fixtures that use them, in the
// workers: Playwright's main process loads this file only to list the tests and needs none of them.
const load = {
  mocks: () => import('../runtime/mock-runtime.ts'),
  remote: () => import('./attach/remote-mocks.ts'),
  providers: () => import('../../mocks/index.ts'),
  demo: () => Promise.all([import('../../demo/server.ts'), import('../../mocks/quickbooks/index.ts')]),
  product: () => import('./attach/start-product.ts'),
  drill: () =>
    Promise.all([import('./run-scenario.ts'), import('../flows/registry.ts'), import('../flows/check-context.ts'), import('../config/providers.ts'), import('./attach/route-browser-calls.ts')]),
};

/** The product under test, as one worker sees it. */
export interface ProductUnderTest {
  url: string;
  /** The demo's UX mode, or the label the run was given. */
  label: string;
}

/** Runs scenarios in the current page against this worker's mocks and product. */
export interface Drill {
  run(scenario: Scenario): Promise<DrillOutcome>;
}

/** Worker-scoped options a Playwright project can set. */
export interface BrownoutWorkerOptions {
  /** Demo UX mode: `legacy` (the case study's before) or `guided` (the prescribed responses). */
  uxMode: 'legacy' | 'guided';
  /** Flows scenarios may reference; the demo's by default (a config's flows replace them). */
  flows: Flow[] | undefined;
  /** A `brownout.config.*` file; default the one in BROWNOUT_CONFIG, else none and the demo is the product. */
  configFile: string | undefined;
}

// The scenario language's observe defaults: a config's thresholds replace them, a scenario's own values win.
const OBSERVE_DEFAULTS = { stuckMs: 8000, settleMs: 500 };

function observeOf(scenario: Scenario, config: ResolvedConfig | undefined): Scenario['observe'] {
  const own = scenario.observe;
  return {
    stuckMs: own.stuckMs === OBSERVE_DEFAULTS.stuckMs ? (config?.observe.stuckMs ?? own.stuckMs) : own.stuckMs,
    settleMs: own.settleMs === OBSERVE_DEFAULTS.settleMs ? (config?.observe.settleMs ?? own.settleMs) : own.settleMs,
  };
}

/**
 * Playwright `test` with brownout's fixtures: `config` (the run's config, or none for the demo), `mocks`
 * (this worker's mock runtime) and `product` (the demo, or the config's product started per worker with env
 * pointing at this worker's mocks, or the already-running one) once per worker; `drill` per test, which
 * routes the page's own provider calls to the mocks when the config asks, applies a scenario's faults and
 * resets them after the test. With `product.running.control`, `mocks` is the remote `brownout mocks`, driven through its control API.
 */
export const test = base.extend<{ drill: Drill }, BrownoutWorkerOptions & { config: ResolvedConfig | undefined; mocks: MockRuntime; product: ProductUnderTest }>({
  uxMode: ['guided', { option: true, scope: 'worker' }],
  flows: [undefined, { option: true, scope: 'worker' }],
  configFile: [undefined, { option: true, scope: 'worker' }],
  config: [async ({ configFile }, use) => use(await runConfig(configFile)), { scope: 'worker' }],
  mocks: [
    async ({ config }, use) => {
      const control = config?.product.running?.control;
      const runtime = control
        ? await (await load.remote()).connectControlApi(control, config.use, process.env.BROWNOUT_CONTROL_TOKEN)
        : await (await load.mocks()).startMockRuntime(config ? { providers: config.use, definitions: config.providers } : {});
      await use(runtime);
      await runtime.close();
    },
    { scope: 'worker' },
  ],
  product: [
    async ({ mocks, uxMode, config }, use) => {
      if (config?.product.running) return use({ url: config.product.running.url, label: config.label });
      if (config?.product.start) {
        const started = await (await load.product()).startProduct(config.product.start, mocks.baseUrls, config.file);
        try {
          await use({ url: started.url, label: config.label });
        } finally {
          await started.close();
        }
        return;
      }
      const [{ startDemo }, { REALM_ID }] = await load.demo();
      const demo = await startDemo({ mode: uxMode, baseUrls: mocks.baseUrls, realmId: REALM_ID });
      await use({ url: demo.url, label: uxMode });
      await demo.close();
    },
    { scope: 'worker' },
  ],
  drill: async ({ page, mocks, product, flows, config }, use) => {
    const [{ runScenario }, { flowRegistry }, { contextConflicts }, { hostsOf }, { routeBrowserCalls }] = await load.drill();
    const registry = flowRegistry(config?.flows ?? flows);
    const providers = config?.providers ?? (await load.providers()).builtinProviders;
    const routes = (config?.product.routeBrowserCalls ?? []).map((slug) => ({ provider: slug, hosts: hostsOf(providers[slug]!), baseUrl: mocks.baseUrls[slug]! }));
    const unroute = routes.length > 0 ? await routeBrowserCalls(page.context(), routes) : undefined;
    await use({
      async run(scenario) {
        const flow = registry.get(scenario.flow);
        if (!flow) throw new Error(`brownout: ${scenario.id}: unknown flow "${scenario.flow}"; known flows: ${[...registry.keys()].join(', ')}`);
        const conflicts = contextConflicts(scenario, flow);
        if (conflicts.length > 0) throw new Error(`brownout: ${scenario.id}: the scenario's context contradicts its flow's (${conflicts.join('; ')})`);
        // Remote mocks get the faults before the flow starts (runScenario's own apply is then a no-op).
        await (mocks as Partial<RemoteMocks>).prepare?.(scenario.faults);
        return runScenario({
          page, scenario: { ...scenario, observe: observeOf(scenario, config) }, flow, mocks, providers,
          baseUrl: product.url, runDir: runDirFromEnv(), selectors: config?.selectors,
        });
      },
    });
    await unroute?.();
    mocks.resetFaults();
  },
});

export { expect } from '@playwright/test';
