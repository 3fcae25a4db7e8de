import { Agent, request } from 'node:http';

/** Latency error of one target: measured minus requested delay, in ms. */
export interface LatencyError {
  samples: number;
  /** Every sample, sorted (ms); dropped from the saved results. */
  errors?: number[];
  p50: number;
  p99: number;
  max: number;
  failed: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

function timedGet(url: URL, agent: Agent): Promise<{ ms: number; ok: boolean }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.once('end', () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, ok: res.statusCode === 200 }));
    });
    req.once('error', () => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, ok: false }));
    req.end();
  });
}

/**
 * Measures how far a target's answers land from `requestedMs`: `connections` keep-alive connections each send
 * requests back to back for `seconds`; each sample is (time to the last byte) - requestedMs, with sub-ms
 * resolution (autocannon's histogram rounds to whole ms, too coarse for an error of a few ms).
 */
export async function latencyError(target: string, options: { requestedMs: number; connections: number; seconds: number; warmupSeconds?: number }): Promise<LatencyError> {
  const url = new URL(target);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const errors: number[] = [];
  let failed = 0;
  const worker = (until: number, record: boolean) => async () => {
    while (Date.now() < until) {
      const { ms, ok } = await timedGet(url, agent);
      if (!record) continue;
      if (ok) errors.push(ms - options.requestedMs);
      else failed += 1;
    }
  };
  const run = (seconds: number, record: boolean) =>
    Promise.all(Array.from({ length: options.connections }, worker(Date.now() + seconds * 1000, record)));
  // Warm-up, not counted: opens the connections and lets the JIT and lazily loaded modules settle.
  await run(options.warmupSeconds ?? 1, false);
  await run(options.seconds, true);
  agent.destroy();
  return summarise(errors, failed);
}

/** Percentiles of latency errors (ms), e.g. of several rounds pooled. */
export function summarise(errors: number[], failed: number): LatencyError {
  const sorted = [...errors].sort((a, b) => a - b);
  return { samples: sorted.length, errors: sorted, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN, failed };
}
