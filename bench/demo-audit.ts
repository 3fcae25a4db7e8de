/**
 * Wall time of the full demo audit on this machine: `brownout audit` in legacy then guided mode (inventory +
 * sweep of every API call x the default fault matrix), as a user runs it. Target: >= 100 drills per mode,
 * both modes within 5 minutes on 2 cores. `tsx bench/demo-audit.ts` runs it alone (it takes minutes).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/brownout.js', import.meta.url));

/** One mode's audit: drills run, wall time (ms), Playwright workers. */
export interface AuditTiming {
  mode: 'legacy' | 'guided';
  drills: number;
  wallMs: number;
  exitCode: number | null;
  /** The audit's run folder (results.json), or null when it wrote none. */
  dir: string | null;
}

/** Runs both audits one after the other into a temporary reports folder (workers: the audit's default unless given); returns their timings. */
export function demoAuditTimings(workers?: number): AuditTiming[] {
  const reports = mkdtempSync(join(tmpdir(), 'brownout-audit-bench-'));
  return (['legacy', 'guided'] as const).map((mode) => {
    const started = Date.now();
    const run = spawnSync(process.execPath, [bin, 'audit', '--mode', mode, ...(workers ? ['--workers', String(workers)] : []), '--reports', reports], { encoding: 'utf8', timeout: 15 * 60_000 });
    const wallMs = Date.now() - started;
    const dir = readdirSync(reports).find((d) => d.endsWith(`-audit-${mode}`));
    const drills = dir ? (JSON.parse(readFileSync(join(reports, dir, 'results.json'), 'utf8')) as { scenarios: unknown[] }).scenarios.length : 0;
    if (!dir) console.error(run.stderr.slice(-2000));
    return { mode, drills, wallMs, exitCode: run.status, dir: dir ? join(reports, dir) : null };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const timings = demoAuditTimings();
  for (const t of timings) console.log(`audit ${t.mode}: ${t.drills} drills in ${(t.wallMs / 1000).toFixed(0)} s (exit ${t.exitCode})`);
  const total = timings.reduce((sum, t) => sum + t.wallMs, 0);
  console.log(`both modes: ${(total / 1000).toFixed(0)} s (target <= 300 s with >= 100 drills per mode)`);
}
