import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../runtime/fault-engine.ts';
import { sampleDelayMs, type Distribution } from './latency-distribution.ts';

const draws = (d: Distribution, n = 4000, seed = 11) => {
  const rng = mulberry32(seed);
  return Array.from({ length: n }, () => sampleDelayMs(d, rng, 600_000)).sort((a, b) => a - b);
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quantile = (xs: number[], q: number) => xs[Math.floor(q * (xs.length - 1))]!;

describe('sampleDelayMs', () => {
  it('fixed: always the given delay', () => {
    expect(new Set(draws({ distribution: 'fixed', ms: 250 }, 50))).toEqual(new Set([250]));
  });

  it('uniform: spread evenly between min and max', () => {
    const xs = draws({ distribution: 'uniform', minMs: 100, maxMs: 300 });
    expect([xs[0]! >= 100, xs.at(-1)! <= 300]).toEqual([true, true]);
    expect(mean(xs)).toBeGreaterThan(195);
    expect(mean(xs)).toBeLessThan(205);
  });

  it('normal: the mean and about 68 % within one standard deviation', () => {
    const xs = draws({ distribution: 'normal', meanMs: 500, stdDevMs: 50 });
    expect(Math.abs(mean(xs) - 500)).toBeLessThan(5);
    const within = xs.filter((x) => Math.abs(x - 500) <= 50).length / xs.length;
    expect(within).toBeGreaterThan(0.65);
    expect(within).toBeLessThan(0.71);
  });

  it('lognormal: the median, and a long right tail (p99 ~ median x e^(2.33 sigma))', () => {
    const xs = draws({ distribution: 'lognormal', medianMs: 200, sigma: 0.5 });
    expect(Math.abs(quantile(xs, 0.5) - 200)).toBeLessThan(10);
    const p99 = quantile(xs, 0.99);
    expect(p99).toBeGreaterThan(200 * Math.exp(2.33 * 0.5) * 0.85);
    expect(p99).toBeLessThan(200 * Math.exp(2.33 * 0.5) * 1.15);
  });

  it('never goes below 0 nor above the cap', () => {
    const rng = mulberry32(3);
    const xs = Array.from({ length: 500 }, () => sampleDelayMs({ distribution: 'normal', meanMs: 10, stdDevMs: 1000 }, rng, 900));
    expect(Math.min(...xs)).toBe(0);
    expect(Math.max(...xs)).toBe(900);
  });
});
