import { appendFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { runConfig } from '../../config/from-env.ts';
import { flowRegistry } from '../../flows/registry.ts';
import { expect, test } from '../fixtures.ts';
import { settleAfterFlow } from '../../audit/settle.ts';
import type { InventoryLine } from '../../audit/inventory.ts';

// `brownout audit`, step 1: every flow once with healthy mocks; the journal says which provider calls it makes.
const config = await runConfig();
const out = process.env.BROWNOUT_INVENTORY;

for (const flow of flowRegistry(config.flows).values()) {
  // productLaunch first: the product boots while the browser launches (fixtures are set up in this order).
  test(`inventory ${flow.name}`, async ({ productLaunch: _booting, page, mocks, product }) => {
    expect(out, 'BROWNOUT_INVENTORY (set by `brownout audit`)').toBeTruthy();
    mocks.reset();
    const started = Date.now();
    // When the flow marks its action, the calls before it are what the page loaded first (stale-data drills keep them).
    let actionAt = Number.POSITIVE_INFINITY;
    try {
      await flow.run({ page, baseUrl: product.url, markAction: async () => { actionAt = Math.min(actionAt, Date.now()); } });
      await settleAfterFlow(page, () => mocks.inFlight());
    } catch (error) {
      // The audit says which flow could not be inventoried and why, instead of leaving its calls out unsaid.
      const failed: InventoryLine = { flow: flow.name, calls: [], unmatched: [], error: stripVTControlCharacters(String((error as Error).message ?? error)).split('\n')[0]! };
      appendFileSync(out!, `${JSON.stringify(failed)}\n`);
      throw error;
    }
    const calls = mocks.journal().filter((e) => e.at >= started && e.endpoint !== null);
    const line: InventoryLine = {
      flow: flow.name,
      calls: calls.map((e) => ({ provider: e.provider, endpoint: e.endpoint!, mutation: e.mutation, status: e.status, query: e.query, ...(e.at < actionAt ? { beforeAction: true } : {}) })),
      unmatched: mocks.journal().filter((e) => e.at >= started && e.endpoint === null).map((e) => `${e.provider} ${e.method} ${e.path}`),
    };
    appendFileSync(out!, `${JSON.stringify(line)}\n`);
  });
}
