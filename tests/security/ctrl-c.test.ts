/**
 * Defect 6 (issue 14): SIGINT or SIGTERM to the `brownout run` process alone (as a CI runner or `kill`
 * sends it) stops Playwright, its workers and every Chromium before brownout exits, and the interrupted run
 * does not replace reports/latest. A real run, checked on the process tree.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { payeeDrill, scenarioFolder } from '../cli/scenario-files.ts';

const bin = fileURLToPath(new URL('../../bin/brownout.js', import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** pid -> [ppid, process group, command] of every live (non-zombie) process. */
function processTable(): Map<number, { ppid: number; pgid: number; comm: string }> {
  const table = new Map<number, { ppid: number; pgid: number; comm: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z') table.set(Number(entry), { ppid: Number(ppid), pgid: Number(pgid), comm });
    } catch {
      // gone meanwhile
    }
  }
  return table;
}

/** Every live descendant of `pid`. */
function descendants(pid: number): { pid: number; pgid: number; comm: string }[] {
  const table = processTable();
  const found: { pid: number; pgid: number; comm: string }[] = [];
  const walk = (parent: number) => {
    for (const [child, info] of table) if (info.ppid === parent) (found.push({ pid: child, ...info }), walk(child));
  };
  walk(pid);
  return found;
}

/** Signals a CI runner or a user sends to brownout alone. */
const stopSignals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

describe('defect 6: Ctrl-C stops the whole tree', () => {
  const { cwd } = scenarioFolder({ 'hang.yaml': payeeDrill('quickbooks/hang-for-ctrl-c', 'kind: hang', 'observe: { stuckMs: 30s }') });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  for (const signal of stopSignals) {
    it(`${signal} to brownout run: no Playwright or Chromium left, latest untouched`, async () => {
      mkdirSync(join(cwd, 'reports', 'latest'), { recursive: true });
      writeFileSync(join(cwd, 'reports', 'latest', 'results.json'), 'previous');
      const run = spawn(process.execPath, [bin, 'run', 'scenarios', '--reports', 'reports', '--workers', '1'], { cwd, stdio: 'ignore', env: { ...process.env, CI: '' } });
      const exited = new Promise<number | null>((resolve) => run.on('exit', (code) => resolve(code)));
      // Wait (generously: a loaded machine) until the drill's browser runs.
      let tree: ReturnType<typeof descendants> = [];
      for (let i = 0; i < 600 && !tree.some((p) => /chrom/i.test(p.comm)); i++) {
        await sleep(200);
        tree = descendants(run.pid!);
      }
      expect(tree.some((p) => /chrom/i.test(p.comm))).toBe(true);
      // Process groups brownout created (not the test runner's own, which brownout itself is in).
      const own = processTable().get(run.pid!)?.pgid;
      const groups = new Set(tree.map((p) => p.pgid).filter((g) => g !== own));
      run.kill(signal);
      const code = await exited;
      expect(code).toBe(signal === 'SIGINT' ? 130 : 143);
      // Once brownout has exited, nothing it started is left: not one pid of its tree, not one of their groups.
      const left = [...processTable()].filter(([pid, info]) => tree.some((p) => p.pid === pid) || groups.has(info.pgid));
      expect(left.map(([pid, info]) => `${pid} ${info.comm}`)).toEqual([]);
      expect(readFileSync(join(cwd, 'reports', 'latest', 'results.json'), 'utf8')).toBe('previous');
      expect(existsSync(join(cwd, 'reports'))).toBe(true);
    }, 200_000);
  }
});
