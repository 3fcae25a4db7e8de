import { test as base } from '@playwright/test';
import { startDemo } from '../../demo/server.ts';
import { builtinProviders } from '../../mocks/index.ts';
import { REALM_ID } from '../../mocks/quickbooks/index.ts';
import { runConfig } from '../config/from-env.ts';
import type { ResolvedConfig } from '../config/load-config.ts';
import { hostsOf } from '../config/providers.ts';
import { contextConflicts } from '../flows/check-context.ts';
import type { Flow } from '../flows/types.ts';
import { flowRegistry } from '../flows/registry.ts';
import { startMockRuntime } from '../runtime/mock-runtime.ts';
import type { MockRuntime } from '../runtime/types.ts';
import type { Scenario } from '../scenario/types.ts';
import { connectControlApi, type RemoteMocks } from './attach/remote-mocks.ts';
import { routeBrowserCalls } from './attach/route-browser-calls.ts';
import { startProduct } from './attach/start-product.ts';
import { runScenario, type DrillOutcome } from './run-scenario.ts';
import { runDirFromEnv } from './run-dir.ts';

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
 * resets them after the test. Every test, whatever fixture it uses, starts with no fault and an empty journal. With `product.running.control`, `mocks` is the remote `brownout mocks`, driven through its control API.
 */
export const test = base.extend<{ drill: Drill; freshMocks: void }, BrownoutWorkerOptions & { config: ResolvedConfig | undefined; mocks: MockRuntime; product: ProductUnderTest }>({
  uxMode: ['guided', { option: true, scope: 'worker' }],
  flows: [undefined, { option: true, scope: 'worker' }],
  configFile: [undefined, { option: true, scope: 'worker' }],
  config: [async ({ configFile }, use) => use(await runConfig(configFile)), { scope: 'worker' }],
  mocks: [
    async ({ config }, use) => {
      const control = config?.product.running?.control;
      const runtime = control
        ? await connectControlApi(control, config.use, process.env.BROWNOUT_CONTROL_TOKEN)
        : await startMockRuntime(config ? { providers: config.use, definitions: config.providers } : {});
      await use(runtime);
      await runtime.close();
    },
    { scope: 'worker' },
  ],
  product: [
    async ({ mocks, uxMode, config }, use) => {
      if (config?.product.running) return use({ url: config.product.running.url, label: config.label });
      if (config?.product.start) {
        const started = await startProduct(config.product.start, mocks.baseUrls, config.file);
        try {
          await use({ url: started.url, label: config.label });
        } finally {
          await started.close();
        }
        return;
      }
      const demo = await startDemo({ mode: uxMode, baseUrls: mocks.baseUrls, realmId: REALM_ID });
      await use({ url: demo.url, label: uxMode });
      await demo.close();
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
  drill: async ({ page, mocks, product, flows, config }, use) => {
    const registry = flowRegistry(config?.flows ?? flows);
    const providers = config?.providers ?? builtinProviders;
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
