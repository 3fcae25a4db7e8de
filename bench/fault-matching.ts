import { FaultEngine } from '../harness/runtime/fault-engine.ts';
import { nonMatchingFaults, syntheticProvider } from './synthetic-provider.ts';

/** Cost of picking a fault for one request (ns), with and without faults configured. */
export interface MatchingCost {
  faults: number;
  /** ns per `decide()` with `faults` configured, none of which fits. */
  nsPerRequest: number;
  /** ns per `decide()` with no fault configured. */
  nsPerRequestEmpty: number;
}

function nsPerCall(engine: FaultEngine, iterations: number): number {
  const facts = { provider: 'bench', endpoint: 'GET /bench/r49/{id}', query: { minorversion: '75', select: 'vendors' }, body: null };
  for (let i = 0; i < 10_000; i += 1) engine.decide(facts); // warm-up for the JIT
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i += 1) engine.decide(facts);
  return Number(process.hrtime.bigint() - started) / iterations;
}

/**
 * The fault engine's per-request decision in isolation: `count` faults on the requested endpoint whose query
 * match never fits (every one is checked on every request), against an empty engine. Bounded by `iterations`.
 */
export function faultMatchingCost(count = 100, iterations = 200_000): MatchingCost {
  const providers = { bench: syntheticProvider(50) };
  const loaded = new FaultEngine(nonMatchingFaults(50, count), { providers });
  const empty = new FaultEngine([], { providers });
  return { faults: count, nsPerRequest: nsPerCall(loaded, iterations), nsPerRequestEmpty: nsPerCall(empty, iterations) };
}
