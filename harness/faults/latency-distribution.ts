/** Draws delays (ms) from a distribution, with a seeded RNG in [0, 1). */

/** The distributions `latency` knows, with their params (ms unless said). */
export type Distribution =
  | { distribution: 'fixed'; ms: number }
  | { distribution: 'uniform'; minMs: number; maxMs: number }
  | { distribution: 'normal'; meanMs: number; stdDevMs: number }
  | { distribution: 'lognormal'; medianMs: number; sigma: number };

/** One standard normal draw (Box-Muller), from two uniform draws. */
function standardNormal(rng: () => number): number {
  const u = 1 - rng(); // (0, 1]: log(0) would be -Infinity
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * One delay (ms, rounded, clamped to 0..capMs) from a distribution.
 * @example sampleDelayMs({ distribution: 'uniform', minMs: 100, maxMs: 300 }, mulberry32(1), 600_000)
 */
export function sampleDelayMs(d: Distribution, rng: () => number, capMs: number): number {
  let ms: number;
  switch (d.distribution) {
    case 'fixed':
      ms = d.ms;
      break;
    case 'uniform':
      ms = d.minMs + rng() * (d.maxMs - d.minMs);
      break;
    case 'normal':
      ms = d.meanMs + d.stdDevMs * standardNormal(rng);
      break;
    case 'lognormal':
      ms = d.medianMs * Math.exp(d.sigma * standardNormal(rng));
      break;
  }
  return Math.min(capMs, Math.max(0, Math.round(ms)));
}
