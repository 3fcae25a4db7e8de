import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../harness/runtime/types.ts';
import { faultMatchingCost } from './fault-matching.ts';
import { summarise } from './latency-error.ts';
import { benchBodyText, benchPath, nonMatchingFaults, syntheticProvider } from './synthetic-provider.ts';

// The benchmarks measure what they say only if their fixtures behave: checked here, without timing anything.
describe('benchmark fixtures', () => {
  let runtime: MockRuntime;
  beforeAll(async () => {
    runtime = await startMockRuntime({ definitions: { bench: syntheticProvider(50) } });
  });
  afterAll(() => runtime.close());

  it('the 50-handler provider serves the benchmark body at its last route, as the baselines do', async () => {
    const response = await fetch(`${runtime.baseUrls.bench}${benchPath(49)}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(benchBodyText);
    expect(runtime.journal().at(-1)).toMatchObject({ endpoint: 'GET /bench/r49/{id}', fault: null });
  });

  it('the 100 configured faults are valid, all on the requested endpoint, and none of them fires', async () => {
    runtime.applyFaults(nonMatchingFaults(50));
    const response = await fetch(`${runtime.baseUrls.bench}${benchPath(49)}?select=vendors`);
    expect(response.status).toBe(200);
    expect(runtime.journal().at(-1)?.fault).toBeNull();
    expect(new Set(nonMatchingFaults(50).map((f) => f.endpoint))).toEqual(new Set(['GET /bench/r49/{id}']));
  });

  it('fault matching cost is reported per request for 100 faults and for none', () => {
    const cost = faultMatchingCost(100, 1000);
    expect(cost.faults).toBe(100);
    expect(cost.nsPerRequest).toBeGreaterThan(0);
    expect(cost.nsPerRequestEmpty).toBeGreaterThan(0);
  });

  it('latency percentiles are taken from the sorted samples', () => {
    const summary = summarise([5, 1, 4, 2, 3, 100, 6, 7, 8, 9], 1);
    expect(summary).toMatchObject({ samples: 10, p50: 5, p99: 100, max: 100, failed: 1 });
  });
});
