import { availableParallelism, freemem } from 'node:os';
import type { Scenario } from '../scenario/types.ts';

// A drill that no fault holds open ends about when the UI settles after the flow (ms, a rough figure for ordering).
const SHORT_DRILL_MS = 3000;
// Fault params that hold a call open, by kind: a drill waits for them (up to its stuck threshold).
const HOLDING_PARAMS = ['ms', 'maxMs', 'medianMs', 'meanMs', 'overMs', 'afterMs'];

/**
 * How long a drill is expected to wait (ms): a hang holds a call until the stuck threshold; a delaying fault
 * (latency, slow-body, ...) for its delay, at most that threshold; anything else about a settle.
 */
export function expectedDrillMs(scenario: Scenario): number {
  const held = scenario.faults.map((fault) => {
    if (fault.kind === 'hang') return scenario.observe.stuckMs;
    const params = (fault.params ?? {}) as Record<string, unknown>;
    const delays = HOLDING_PARAMS.map((key) => params[key]).filter((v): v is number => typeof v === 'number');
    return Math.min(scenario.observe.stuckMs, Math.max(0, ...delays));
  });
  return Math.max(SHORT_DRILL_MS, ...held);
}

/**
 * The scenarios longest-expected first (a stable sort: equal ones keep their order). Playwright hands tests to
 * free workers in this order, so the long waits start together and the short drills fill the other workers
 * meanwhile, instead of a hang drill starting last and the run waiting for it alone. Verdicts do not depend on it.
 */
export function longestFirst(scenarios: readonly Scenario[]): Scenario[] {
  return scenarios.map((scenario, index) => ({ scenario, index, ms: expectedDrillMs(scenario) })).sort((a, b) => b.ms - a.ms || a.index - b.index).map((e) => e.scenario);
}

/**
 * The order drills are handed to `workers` workers (Playwright gives the next one to whichever worker is free): the
 * waiting drills (hangs, long delays) longest first, dealt so that about half the workers wait while the others run
 * short drills, which use the CPU. All waits first would leave the cores idle while every worker waits on a hang and
 * then crowd them with the short drills (the demo's legacy audit: 51-115 s at 45-90 % CPU, then 100 s at 99 %). A
 * waiting drill is also started whenever the waits left would outlast the short drills left, so none starts last.
 * Worked out on the expected lengths; verdicts do not depend on the order.
 */
export function interleaved(scenarios: readonly Scenario[], workers: number): Scenario[] {
  const sorted = longestFirst(scenarios).map((scenario) => ({ scenario, ms: expectedDrillMs(scenario) }));
  const waits = sorted.filter((d) => d.ms > SHORT_DRILL_MS);
  const shorts = sorted.filter((d) => d.ms <= SHORT_DRILL_MS);
  const lanes = Math.max(1, workers);
  const waitLanes = Math.max(1, Math.floor(lanes / 2));
  let waitLeft = waits.reduce((sum, d) => sum + d.ms, 0);
  let shortLeft = shorts.reduce((sum, d) => sum + d.ms, 0);
  const freeAt = new Array<number>(lanes).fill(0);
  const waitEnds: number[] = [];
  const order: Scenario[] = [];
  while (waits.length || shorts.length) {
    const lane = freeAt.indexOf(Math.min(...freeAt));
    const now = freeAt[lane]!;
    const waiting = waitEnds.filter((end) => end > now).length;
    const takeWait = waits.length > 0 && (shorts.length === 0 || waiting < waitLanes || waitLeft / waitLanes > shortLeft / Math.max(1, lanes - waitLanes));
    const next = (takeWait ? waits : shorts).shift()!;
    if (takeWait) {
      waitLeft -= next.ms;
      waitEnds.push(now + next.ms);
    } else shortLeft -= next.ms;
    freeAt[lane] = now + next.ms;
    order.push(next.scenario);
  }
  return order;
}

// Memory one more worker takes: its Chromium, the product and the mocks (MB, measured ~350 on the demo).
const WORKER_MB = 500;

/**
 * Workers for a run of mostly waiting drills (an audit): drills of hangs and delays wait on timers, not CPU, so
 * three per core run them side by side (the demo's legacy audit on 2 cores: 201 s at 4, 153 s at 6, same
 * verdicts); at most 6, which is where 2 cores stayed dependable, and at most what free memory holds.
 */
export function idleBoundWorkers(cores = availableParallelism(), freeMb = freemem() / 2 ** 20): number {
  return Math.max(1, Math.min(6, cores * 3, Math.floor(freeMb / WORKER_MB)));
}

/** Expected wall time of a run (ms): the drills' expected lengths dealt to `workers` in the order they are run. */
export function expectedRunMs(scenarios: readonly Scenario[], workers: number): number {
  const loads = new Array<number>(Math.max(1, workers)).fill(0);
  for (const scenario of interleaved(scenarios, workers)) {
    const least = loads.indexOf(Math.min(...loads));
    loads[least]! += expectedDrillMs(scenario);
  }
  return Math.max(...loads);
}
