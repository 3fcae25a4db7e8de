/**
 * Two processes, each with its own mock runtime (as two Playwright workers have), apply conflicting faults to the
 * same endpoint at the same time (a file barrier holds each until both are applied); each sees only its own
 * faults and journal. The test starts both processes itself, so it does not depend on how Playwright schedules.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';

const run = promisify(execFile);
const SIDE = join(import.meta.dirname, 'fixtures', 'isolation-side.ts');
const barrierDir = mkdtempSync(join(tmpdir(), 'brownout-isolation-'));
afterAll(() => rmSync(barrierDir, { recursive: true, force: true }));

interface Seen { pid: number; otherPid: number; statuses: number[]; journal: string[] }
const side = async (me: string, other: string, kind: string, status: number): Promise<Seen> => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', SIDE, me, other, barrierDir, kind, String(status)], { timeout: 60_000 });
  return JSON.parse(stdout) as Seen;
};

it('two runtimes fault the same endpoint at once (outage in A, rate limit in B) and each sees only its own faults and journal', async () => {
  const [a, b] = await Promise.all([side('A', 'B', 'outage', 502), side('B', 'A', 'rate-limit', 429)]);
  expect(a.otherPid).toBe(b.pid);
  expect(b.otherPid).toBe(a.pid);
  expect(a.statuses).toEqual(Array(40).fill(502));
  expect(b.statuses).toEqual(Array(40).fill(429));
  expect(new Set(a.journal)).toEqual(new Set(['A outage 502']));
  expect(new Set(b.journal)).toEqual(new Set(['B rate-limit 429']));
  expect(a.journal).toHaveLength(40);
  expect(b.journal).toHaveLength(40);
}, 90_000);
