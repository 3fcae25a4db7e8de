import type { MatchingCost } from './fault-matching.ts';
import type { LatencyError } from './latency-error.ts';
import type { StartupFigures } from './startup.ts';

/** Everything the table shows; ratios are medians of per-round ratios. */
export interface BenchFigures {
  /** Median requests per second by target. */
  rps: Record<string, number>;
  ratios: Record<string, number>;
  latency: { settimeout: LatencyError; runtime: LatencyError };
  matching: MatchingCost;
  startup: StartupFigures;
  /** (max - min) / median of the raw express runs: how noisy the machine was. */
  expressSpread: number;
  targets: Record<string, boolean>;
}

/** Largest spread of the raw express runs (fraction of their median) at which a target verdict is given. */
export const NOISE_LIMIT = 0.25;

const f = (n: number, digits = 2) => n.toFixed(digits);
const perSecond = (n: number | undefined) => `${Math.round(n ?? NaN)} req/s`;

/** Prints the side-by-side table, the machine's noise and whether each target was met. */
export function printTable({ rps, ratios, latency, matching, startup, expressSpread, targets }: BenchFigures): void {
  const r = (name: string) => `${f(ratios[name]!)}x`;
  const rows: string[][] = [
    ['throughput: runtime, 1 handler', perSecond(rps['runtime-1']), `${perSecond(rps.express)} raw express`, r('runtime-1 / express')],
    ['throughput: runtime, 50 handlers (target >= 0.7x)', perSecond(rps['runtime-50']), `${perSecond(rps.express)} raw express`, r('runtime-50 / express')],
    ['throughput: runtime, 50 handlers + 100 faults', perSecond(rps['runtime-50-faults100']), `${perSecond(rps['runtime-50'])} no fault`, r('runtime-50-faults100 / runtime-50')],
    ['throughput: mountebank imposter', perSecond(rps.mountebank), `${perSecond(rps.express)} raw express`, r('mountebank / express')],
    ['throughput: runtime 50 handlers vs mountebank', perSecond(rps['runtime-50']), `${perSecond(rps.mountebank)} mountebank`, r('runtime-50 / mountebank')],
    ['latency error p50 (200 ms asked, 50 conns)', `${f(latency.runtime.p50)} ms`, `${f(latency.settimeout.p50)} ms setTimeout`, `${f(latency.runtime.p50 - latency.settimeout.p50)} ms more`],
    ['latency error p99 (target <= setTimeout)', `${f(latency.runtime.p99)} ms`, `${f(latency.settimeout.p99)} ms setTimeout`, `${f(latency.runtime.p99 - latency.settimeout.p99)} ms more`],
    ['fault matching, 100 faults, per request', `${Math.round(matching.nsPerRequest)} ns`, `${Math.round(matching.nsPerRequestEmpty)} ns no fault`, `+${f((matching.nsPerRequest - matching.nsPerRequestEmpty) / 1000, 1)} us`],
    [`start: ${startup.providers} providers (import + listen)`, `${startup.importMs} + ${startup.startMs} ms`, `${startup.uptimeMs} ms process uptime`, startup.uptimeMs < 2000 ? 'under 2 s' : 'OVER 2 s'],
    [`memory: ${startup.providers} providers`, `+${startup.rssAddedMb} MB RSS`, `${startup.rssMb} MB RSS total`, `+${startup.heapUsedAddedMb} MB heap`],
  ];
  const header = ['measurement', 'value', 'baseline', 'ratio'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of rows) console.log(line(row));
  console.log(`\nraw express spread over the rounds: ${f(expressSpread * 100, 1)} % of its median (other work on shared cores)`);
  // Beyond this spread the baseline moved more than the gaps being measured: no verdict is honest.
  const verdict = (met: boolean) => (expressSpread > NOISE_LIMIT ? `INCONCLUSIVE (spread over ${NOISE_LIMIT * 100} %, rerun on a quiet machine), measured ${met ? 'met' : 'missed'}` : met ? 'met' : 'MISSED');
  for (const [name, met] of Object.entries(targets)) console.log(`target ${verdict(met)}: ${name}`);
}
