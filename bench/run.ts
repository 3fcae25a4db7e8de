/**
 * `npm run bench`: the runtime's figures side by side with their baselines, in one run on this machine, on
 * loopback, bounded in time (about 2 minutes by default). Targets take turns in rounds and each ratio is
 * the median of its per-round ratios, so load from other work on shared cores skews baseline and target alike.
 * Then the harness itself: a drill through it against a bare Playwright test doing the same clicks, and the full
 * demo audit in both modes (minutes; `BENCH_QUICK=1` skips it), the CLI's one drill against a bare Playwright
 * test, `validate` of one file and the HTML report. Prints the runtime's table, then issue 15's table (every
 * target beside its anchor, with the load average), and writes bench/results/latest.json.
 * `BENCH_SECONDS` (default 3) is the length of one load run, `BENCH_ROUNDS` (default 3) the number of rounds;
 * `BENCH_CPU_PROF=1` writes CPU profiles of the 50-handler runtime target to reports/bench-profiles/
 * (read them with `tsx bench/profile-summary.ts <file>`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { cliFigures, reportFigures } from './cli-wall.ts';
import { demoAuditTimings } from './demo-audit.ts';
import { faultMatchingCost } from './fault-matching.ts';
import { harnessOverhead } from './harness-overhead.ts';
import { latencyError, summarise, type LatencyError } from './latency-error.ts';
import { load, type LoadResult } from './load.ts';
import { startMountebank } from './mountebank.ts';
import { printIssueTable } from './issue-table.ts';
import { NOISE_LIMIT, printTable } from './print-table.ts';
import { spawnTarget, withTarget, type Target } from './spawn-target.ts';
import { measureStartup } from './startup.ts';
import { benchBodyText, benchPath, LATENCY_MS } from './synthetic-provider.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
// BENCH_QUICK=1 (or the older BENCH_AUDIT=0) skips the full demo audit, the one part that takes 15+ minutes.
const QUICK = process.env.BENCH_QUICK === '1' || process.env.BENCH_AUDIT === '0';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 50;
const results = fileURLToPath(new URL('./results/', import.meta.url));
// Profiles go under reports/ (git-ignored), not beside the committed results.
const profileArgs = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${fileURLToPath(new URL('../reports/bench-profiles/', import.meta.url))}`] : [];

const throughputTargets: Record<string, () => Promise<Target>> = {
  express: () => spawnTarget('express'),
  'runtime-1': () => spawnTarget('runtime-1'),
  'runtime-50': () => spawnTarget('runtime-50', profileArgs),
  'runtime-50-faults100': () => spawnTarget('runtime-50-faults100'),
  mountebank: () => startMountebank(benchBodyText, benchPath(0)),
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function main(): Promise<void> {
  const startedAt = new Date();
  console.log(`brownout bench: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target, loopback, node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)}`);
  const runs: Record<string, LoadResult[]> = Object.fromEntries(Object.keys(throughputTargets).map((name) => [name, []]));
  const pooled = { settimeout: { errors: [] as number[], failed: 0 }, runtime: { errors: [] as number[], failed: 0 } };
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const [name, start] of Object.entries(throughputTargets)) {
      const result = await withTarget(start, (url, pid) => load(url, { connections: CONNECTIONS, seconds: SECONDS, pid }));
      runs[name]!.push(result);
      const cpu = result.cpuUsPerRequest === null ? '' : `  CPU ${Math.round(result.cpuUsPerRequest)} us/req`;
      console.log(`  round ${round} ${name.padEnd(21)} ${Math.round(result.rps).toString().padStart(6)} req/s  p99 ${result.p99} ms  failed ${result.failed}${cpu}  (load ${loadavg()[0]!.toFixed(1)})`);
    }
    for (const [name, target] of [['settimeout', 'settimeout'], ['runtime', 'runtime-latency']] as const) {
      const measured = await withTarget(() => spawnTarget(target), (url) => latencyError(url, { requestedMs: LATENCY_MS, connections: CONNECTIONS, seconds: SECONDS }));
      pooled[name].errors.push(...(measured.errors ?? []));
      pooled[name].failed += measured.failed;
      console.log(`  round ${round} latency ${name.padEnd(13)} error p50 ${measured.p50.toFixed(2)} ms  p99 ${measured.p99.toFixed(2)} ms  (${measured.samples} samples)`);
    }
  }
  const strip = ({ errors: _errors, ...rest }: LatencyError) => rest;
  const latency = { settimeout: strip(summarise(pooled.settimeout.errors, pooled.settimeout.failed)), runtime: strip(summarise(pooled.runtime.errors, pooled.runtime.failed)) };
  const matching = faultMatchingCost(100);
  const startup = measureStartup(3);

  // Per round: each target against the raw express run of the same round; then the median over rounds.
  const ratioTo = (name: string, base: string) => median(runs[name]!.map((r, i) => r.rps / runs[base]![i]!.rps));
  const rps = Object.fromEntries(Object.entries(runs).map(([name, list]) => [name, median(list.map((r) => r.rps))]));
  const ratios = {
    'runtime-1 / express': ratioTo('runtime-1', 'express'),
    'runtime-50 / express': ratioTo('runtime-50', 'express'),
    'runtime-50-faults100 / runtime-50': ratioTo('runtime-50-faults100', 'runtime-50'),
    'mountebank / express': ratioTo('mountebank', 'express'),
    'runtime-50 / mountebank': ratioTo('runtime-50', 'mountebank'),
  };
  // CPU per request is the load-proof form of the same ratio: express's CPU per request over the target's.
  const cpuRatio = (name: string, base: string) => {
    const pairs = runs[name]!.map((r, i) => [runs[base]![i]!.cpuUsPerRequest, r.cpuUsPerRequest] as const).filter(([b, t]) => b !== null && t !== null);
    return pairs.length ? median(pairs.map(([b, t]) => b! / t!)) : null;
  };
  const cpuRatios = { 'runtime-50 / express': cpuRatio('runtime-50', 'express'), 'mountebank / express': cpuRatio('mountebank', 'express') };
  const expressSpread = (Math.max(...runs.express!.map((r) => r.rps)) - Math.min(...runs.express!.map((r) => r.rps))) / rps.express!;
  const targets = {
    'runtime-50 >= 0.7x raw express': ratios['runtime-50 / express'] >= 0.7,
    'latency error p99 <= bare setTimeout': latency.runtime.p99 <= latency.settimeout.p99,
  };
  printTable({ rps, ratios, latency, matching, startup, expressSpread, targets });

  // The harness itself: one drill through it vs a bare hand-written Playwright test, then the full demo audit.
  const overhead = await harnessOverhead(ROUNDS + 2);
  console.log(`harness per drill ${overhead.harnessMs} ms vs bare Playwright ${overhead.bareMs} ms (median of ${overhead.rounds}): overhead ${Math.round((overhead.ratio - 1) * 100)} % (target <= 15 %)`);
  const cli = await cliFigures(ROUNDS);
  const audit = QUICK ? [] : demoAuditTimings();
  for (const t of audit) console.log(`demo audit ${t.mode}: ${t.drills} drills in ${(t.wallMs / 1000).toFixed(0)} s`);
  const auditTotalS = audit.reduce((sum, t) => sum + t.wallMs, 0) / 1000;
  // The full demo report (the audit's legacy before, guided after) when the audit ran; else the one drill's.
  const [legacyAudit, guidedAudit] = audit.map((t) => t.dir);
  const htmlReport = legacyAudit && guidedAudit ? await reportFigures(legacyAudit, guidedAudit) : cli.report;
  // The audits' temporary reports folder (28 MB of screenshots a run) is not kept once measured.
  if (legacyAudit) rmSync(dirname(legacyAudit), { recursive: true, force: true });
  printIssueTable({ cli, overhead, audit, auditTotalS, rps, ratios, cpuRatios, latency, report: htmlReport });

  mkdirSync(results, { recursive: true });
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { node: process.version, cores: cpus().length, cpu: cpus()[0]?.model, loadAverage1m: loadavg()[0] },
    settings: { connections: CONNECTIONS, rounds: ROUNDS, secondsPerRun: SECONDS, bodyBytes: Buffer.byteLength(benchBodyText), latencyMs: LATENCY_MS },
    medianRps: rps,
    ratios,
    expressSpread,
    /** False when the baseline moved so much between rounds that the target verdicts mean nothing. */
    reliable: expressSpread <= NOISE_LIMIT,
    runs,
    latencyError: latency,
    faultMatching: matching,
    startup,
    targets,
    cpuRatios,
    harnessOverhead: overhead,
    cli,
    htmlReport,
    demoAudit: audit.length ? { modes: audit, totalSeconds: auditTotalS } : 'skipped (BENCH_QUICK=1)',
  };
  writeFileSync(`${results}latest.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${results}latest.json`);
}

await main();
