import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunJournal } from '../../harness/report/results.ts';
import { payeeDrill, scenarioFolder } from './scenario-files.ts';

const bin = fileURLToPath(new URL('../../bin/brownout.js', import.meta.url));

/** Every process below `pid` (children, grandchildren, ...), from ps. */
function descendants(pid: number): { pid: number; command: string }[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), command: m[3]! }));
  const found: { pid: number; command: string }[] = [];
  const walk = (parent: number) => {
    for (const row of rows.filter((r) => r.ppid === parent)) {
      found.push(row);
      walk(row.pid);
    }
  };
  walk(pid);
  return found;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The browser dies in the middle of a drill: that drill is recorded as crashed, the next one still runs,
// and results.json holds both.
describe('a scenario that loses its browser mid-run', () => {
  const { cwd } = scenarioFolder({
    // Runs first (file order, one worker): the payee query answers after 6 s, long enough to kill the browser.
    'a-slow.yaml': payeeDrill('crash/a-slow', 'kind: latency, params: { ms: 6000 }'),
    'b-outage.yaml': payeeDrill('crash/b-outage', 'kind: outage'),
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('records the killed drill as crashed and keeps the rest of the run', async () => {
    const child = spawn(process.execPath, [bin, 'run', 'scenarios', '--mode', 'guided', '--workers', '1', '--reports', 'reports'], { cwd, env: { ...process.env, CI: '' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let killed = 0;
    for (let i = 0; i < 100 && !killed; i++) {
      await sleep(200);
      const browsers = descendants(child.pid!).filter((p) => /chrom/i.test(p.command));
      if (browsers.length === 0) continue;
      await sleep(2500); // inside drill a: its page is waiting for the slow payee query
      for (const p of descendants(child.pid!).filter((d) => /chrom/i.test(d.command))) {
        try {
          process.kill(p.pid, 'SIGKILL');
          killed += 1;
        } catch {
          // already gone with its parent
        }
      }
    }
    expect(killed, 'a browser process to kill').toBeGreaterThan(0);
    expect(await exited, output).toBe(1);
    const run = readdirSync(join(cwd, 'reports')).find((d) => d.endsWith('-guided'))!;
    const journal = JSON.parse(readFileSync(join(cwd, 'reports', run, 'results.json'), 'utf8')) as RunJournal;
    const [a, b] = journal.scenarios;
    expect(a).toMatchObject({ id: 'crash/a-slow', verdict: 'fail', severity: 'unknown', observed: { category: 'unclassified' } });
    expect(a!.error).toMatch(/closed|crash|disconnected/i);
    expect(b).toMatchObject({ id: 'crash/b-outage', verdict: 'pass', observed: { kind: 'contextual-error-alert' } });
    expect(readFileSync(join(cwd, 'reports', run, 'journal.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
  }, 150_000);
});
