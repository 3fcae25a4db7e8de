/**
 * Only the injected-latency row of `npm run bench` (the mock runtime's latency fault against a bare setTimeout
 * server, 50 keep-alive connections, rounds alternating): `tsx bench/latency-only.ts [rounds]`. For working on
 * the latency path without the whole bench; the figure of record is `npm run bench`'s.
 */
import { loadavg } from 'node:os';
import { latencyError, summarise } from './latency-error.ts';
import { spawnTarget, withTarget } from './spawn-target.ts';
import { LATENCY_MS } from './synthetic-provider.ts';

const rounds = Number(process.argv[2] ?? 3);
const pooled: Record<string, number[]> = { settimeout: [], 'runtime-latency': [] };
for (let round = 1; round <= rounds; round += 1) {
  for (const name of Object.keys(pooled)) {
    const measured = await withTarget(() => spawnTarget(name), (url) => latencyError(url, { requestedMs: LATENCY_MS, connections: 50, seconds: 3 }));
    pooled[name]!.push(...(measured.errors ?? []));
    console.log(`round ${round} ${name.padEnd(16)} p50 ${measured.p50.toFixed(2)} ms  p99 ${measured.p99.toFixed(2)} ms  (load ${loadavg()[0]!.toFixed(1)})`);
  }
}
for (const [name, errors] of Object.entries(pooled)) {
  const s = summarise(errors, 0);
  console.log(`pooled ${name.padEnd(16)} p50 ${s.p50.toFixed(2)} ms  p99 ${s.p99.toFixed(2)} ms  max ${s.max.toFixed(2)} ms  (${s.samples} samples)`);
}
