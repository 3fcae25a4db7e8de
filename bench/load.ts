import autocannon from 'autocannon';
import { processCpuMs } from './process-cpu.ts';

/** What one load run measured. */
export interface LoadResult {
  /** Mean requests per second over the run. */
  rps: number;
  /** Latency percentiles (ms). */
  p50: number;
  p99: number;
  /** Requests that failed: socket errors, timeouts and non-2xx answers. */
  failed: number;
  total: number;
  /** The target's CPU time per request of the measured run (us), when its process id was given on Linux. */
  cpuUsPerRequest: number | null;
}

/**
 * Loads `url` with autocannon over keep-alive connections: a short warm-up (JIT, connection pools), then the
 * measured run; with `pid`, the target's CPU per request too. Bounded: `seconds` + `warmupSeconds`.
 */
export async function load(url: string, options: { connections: number; seconds: number; warmupSeconds?: number; pid?: number }): Promise<LoadResult> {
  const warmup = options.warmupSeconds ?? 1;
  if (warmup > 0) await autocannon({ url, connections: options.connections, duration: warmup });
  const cpuBefore = processCpuMs(options.pid);
  const result = await autocannon({ url, connections: options.connections, duration: options.seconds, timeout: 10 });
  const cpuAfter = processCpuMs(options.pid);
  return {
    cpuUsPerRequest: cpuBefore === null || cpuAfter === null || result.requests.total === 0 ? null : ((cpuAfter - cpuBefore) * 1000) / result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.errors + result.timeouts + result.non2xx,
    total: result.requests.total,
  };
}
