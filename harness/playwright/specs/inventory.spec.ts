import { appendFileSync } from 'node:fs';
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
    await flow.run({ page, baseUrl: product.url, markAction: () => undefined });
    await settleAfterFlow(page, () => mocks.inFlight());
    const calls = mocks.journal().filter((e) => e.at >= started && e.endpoint !== null);
    const line: InventoryLine = {
      flow: flow.name,
      calls: calls.map((e) => ({ provider: e.provider, endpoint: e.endpoint!, mutation: e.mutation, status: e.status })),
      unmatched: mocks.journal().filter((e) => e.at >= started && e.endpoint === null).map((e) => `${e.provider} ${e.method} ${e.path}`),
    };
    appendFileSync(out!, `${JSON.stringify(line)}\n`);
  });
}
