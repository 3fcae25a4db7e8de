import { describe, expect, it } from 'vitest';
import type { FaultSpec, Scenario } from '../scenario/types.ts';
import { expectedDrillMs, expectedRunMs, idleBoundWorkers, longestFirst } from './drill-order.ts';

const scenario = (id: string, kind: string, params: Record<string, unknown> = {}, stuckMs = 8000): Scenario =>
  ({
    id,
    faults: [{ provider: 'quickbooks', endpoint: '*', kind, probability: 1, when: {}, params } as FaultSpec],
    observe: { stuckMs, settleMs: 500 },
  }) as Scenario;

describe('drill order', () => {
  it('expects a hang to wait for the stuck threshold, a delay for itself (capped there), others a settle', () => {
    expect(expectedDrillMs(scenario('h', 'hang', {}, 12_000))).toBe(12_000);
    expect(expectedDrillMs(scenario('l', 'latency', { ms: 5000 }))).toBe(5000);
    expect(expectedDrillMs(scenario('l2', 'latency', { ms: 60_000 }))).toBe(8000);
    expect(expectedDrillMs(scenario('o', 'outage', { status: 503 }))).toBe(3000);
  });

  it('runs the long waits first and keeps the file order among equals', () => {
    const list = [scenario('a', 'outage'), scenario('b', 'hang', {}, 12_000), scenario('c', 'auth-revoked'), scenario('d', 'latency', { ms: 5000 })];
    expect(longestFirst(list).map((s) => s.id)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('expects a run to last its longest worker share', () => {
    const list = [scenario('h1', 'hang', {}, 12_000), scenario('h2', 'hang', {}, 12_000), scenario('o1', 'outage'), scenario('o2', 'outage')];
    expect(expectedRunMs(list, 1)).toBe(30_000);
    expect(expectedRunMs(list, 2)).toBe(15_000);
    expect(expectedRunMs(list, 8)).toBe(12_000);
  });

  it('gives waiting drills three workers per core, at most 6 and what free memory holds', () => {
    expect(idleBoundWorkers(2, 16_000)).toBe(6);
    expect(idleBoundWorkers(1, 16_000)).toBe(3);
    expect(idleBoundWorkers(16, 64_000)).toBe(6);
    expect(idleBoundWorkers(4, 1200)).toBe(2);
    expect(idleBoundWorkers(2, 100)).toBe(1);
  });
});
