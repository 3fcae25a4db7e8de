import { describe, expect, it } from 'vitest';
import type { FaultSpec, Scenario } from '../scenario/types.ts';
import { expectedDrillMs, expectedRunMs, idleBoundWorkers, interleaved, longestFirst } from './drill-order.ts';

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

  it('deals the waits so that half the workers wait while the others run short drills, and none waits last', () => {
    const hangs = Array.from({ length: 4 }, (_, i) => scenario(`h${i}`, 'hang', {}, 12_000));
    const shorts = Array.from({ length: 24 }, (_, i) => scenario(`o${i}`, 'outage'));
    const order = interleaved([...shorts, ...hangs], 4).map((s) => s.id);
    expect(new Set(order).size).toBe(28);
    // Two waits start at once, not four; the short drills keep the file order.
    expect(order.slice(0, 4)).toEqual(['h0', 'h1', 'o0', 'o1']);
    expect(order.filter((id) => id.startsWith('o'))).toEqual(shorts.map((s) => s.id));
    // Every wait is handed out before the short drills run out: none starts after them.
    expect(order.indexOf('h3')).toBeLessThan(order.indexOf('o23'));
    // 4 x 12 s of waits on 2 workers beside 24 x 3 s: 30 s, as with the waits first, but never every worker waiting at once.
    expect(expectedRunMs([...shorts, ...hangs], 4)).toBe(30_000);
  });

  it('runs waits side by side when they outweigh the short drills, and keeps one worker without reordering', () => {
    const list = [scenario('o', 'outage'), scenario('h1', 'hang', {}, 12_000), scenario('h2', 'hang', {}, 12_000), scenario('h3', 'hang', {}, 12_000)];
    expect(interleaved(list, 4).map((s) => s.id)).toEqual(['h1', 'h2', 'h3', 'o']);
    expect(interleaved(list, 1).map((s) => s.id)).toEqual(['h1', 'h2', 'h3', 'o']);
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
