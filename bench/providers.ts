/**
 * `npm run bench` (after bench/run.ts): provider generation from GitHub's OpenAPI description
 * (@octokit/openapi, about 1,000 operations) and the generated provider's start, each the median of `runs`
 * (BENCH_PROVIDER_RUNS, default 3) fresh runs. Targets: generation < 30 s, start < 1 s. Prints the figures
 * with the load average, since they move with load on shared cores.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const document = join(root, 'node_modules/@octokit/openapi/generated/api.github.com.json');
const probe = fileURLToPath(new URL('./provider-start-probe.ts', import.meta.url));
const runs = Number(process.env.BENCH_PROVIDER_RUNS ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
// Inside the repository (git-ignored), so the generated index.ts imports 'brownout' as a project would.
const dir = mkdtempSync(join(root, 'reports', 'bench-provider-'));

try {
  const generation: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    execFileSync(process.execPath, [join(root, 'bin/brownout.js'), 'provider', 'new', 'github', '--from-openapi', document, '--out', join(dir, 'github'), '--force'], { encoding: 'utf8', timeout: 120_000 });
    generation.push(Math.round(performance.now() - started));
  }
  const starts = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ['--import', import.meta.resolve('tsx'), probe, join(dir, 'github')], { encoding: 'utf8', timeout: 60_000 }).trim().split('\n').at(-1)!) as { endpoints: number; loadMs: number; startToFirstAnswerMs: number; uptimeMs: number });
  const start = median(starts.map((s) => s.startToFirstAnswerMs));
  const gen = median(generation);
  console.log(`brownout bench: providers from OpenAPI, GitHub's description (${starts[0]!.endpoints} endpoints), median of ${runs}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(2)}`);
  console.log(`  generate (brownout provider new, whole command)   ${String(gen).padStart(6)} ms   target < 30000 ms   ${gen < 30_000 ? 'met' : 'MISSED'}`);
  console.log(`  start (load folder + runtime + first answer)       ${String(start).padStart(6)} ms   target < 1000 ms    ${start < 1000 ? 'met' : 'MISSED'}`);
  console.log(`  of which loading the folder (JSON parse, checks)   ${String(median(starts.map((s) => s.loadMs))).padStart(6)} ms`);
  console.log(`  process start to first answer (tsx, harness too)   ${String(median(starts.map((s) => s.uptimeMs))).padStart(6)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
