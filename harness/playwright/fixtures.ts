import { test as base } from '@playwright/test';
import { startDemo } from '../../demo/server.ts';
import { builtinProviders } from '../../mocks/index.ts';
import { REALM_ID } from '../../mocks/quickbooks/index.ts';
import type { Flow } from '../flows/types.ts';
import { flowRegistry } from '../flows/registry.ts';
import { startMockRuntime } from '../runtime/mock-runtime.ts';
import type { MockRuntime } from '../runtime/types.ts';
import type { Scenario } from '../scenario/types.ts';
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
  /** Flows scenarios may reference; the demo's by default. */
  flows: Flow[] | undefined;
}

/**
 * Playwright `test` with brownout's fixtures: `mocks` (this worker's mock runtime) and `product` (a demo
 * instance pointed at it) once per worker; `drill` per test, which applies a scenario's faults and resets
 * them after the test.
 */
export const test = base.extend<{ drill: Drill }, BrownoutWorkerOptions & { mocks: MockRuntime; product: ProductUnderTest }>({
  uxMode: ['guided', { option: true, scope: 'worker' }],
  flows: [undefined, { option: true, scope: 'worker' }],
  mocks: [
    async ({}, use) => {
      const runtime = await startMockRuntime();
      await use(runtime);
      await runtime.close();
    },
    { scope: 'worker' },
  ],
  product: [
    async ({ mocks, uxMode }, use) => {
      const demo = await startDemo({ mode: uxMode, baseUrls: { quickbooks: mocks.baseUrls.quickbooks! }, realmId: REALM_ID });
      await use({ url: demo.url, label: uxMode });
      await demo.close();
    },
    { scope: 'worker' },
  ],
  drill: async ({ page, mocks, product, flows }, use) => {
    const registry = flowRegistry(flows);
    await use({
      run(scenario) {
        const flow = registry.get(scenario.flow);
        if (!flow) throw new Error(`brownout: ${scenario.id}: unknown flow "${scenario.flow}"; known flows: ${[...registry.keys()].join(', ')}`);
        return runScenario({ page, scenario, flow, mocks, providers: builtinProviders, baseUrl: product.url, runDir: runDirFromEnv() });
      },
    });
    mocks.resetFaults();
  },
});

export { expect } from '@playwright/test';
