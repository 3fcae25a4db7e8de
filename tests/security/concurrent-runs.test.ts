/**
 * Defect 5 (issue 14): runs started in the same second, by one process or several, each get their own run
 * folder (created exclusively), and `latest` always points at one whole run (swapped in one rename).
 */
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freshRunDir, publishLatest } from '../../harness/playwright/run-dir.ts';

const root = mkdtempSync(join(tmpdir(), 'brownout-concurrent-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const runDirModule = fileURLToPath(new URL('../../harness/playwright/run-dir.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

/** Runs `code` (ESM, with `freshRunDir` and `publishLatest` imported) in `n` processes at once; returns their stdout. */
function inProcesses(n: number, code: string): Promise<string[]> {
  const script = `import { freshRunDir, publishLatest } from ${JSON.stringify(runDirModule)};\n${code}`;
  return Promise.all(Array.from({ length: n }, () => new Promise<string>((resolve, reject) => {
    const child = spawn(tsx, ['--eval', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
  })));
}

describe('defect 5: concurrent runs', () => {
  const second = new Date('2026-12-05T10:00:00.000Z');

  it('two runs of one process in the same second get two folders, both created', () => {
    const reports = join(root, 'one-process');
    const a = freshRunDir(reports, 'guided', second);
    const b = freshRunDir(reports, 'guided', second);
    expect(a).not.toBe(b);
    expect(readdirSync(reports).sort()).toEqual(['2026-12-05T10-00-00-guided', '2026-12-05T10-00-00.2-guided']);
  });

  it('four processes racing for the same second each get their own folders', async () => {
    const reports = join(root, 'racing');
    const outputs = await inProcesses(4, `for (let i = 0; i < 15; i++) console.log(freshRunDir(${JSON.stringify(reports)}, 'guided', new Date(${second.getTime()})));`);
    const dirs = outputs.flatMap((o) => o.trim().split('\n'));
    expect(dirs).toHaveLength(60);
    expect(new Set(dirs).size).toBe(60);
  }, 120_000);

  it('latest always names one whole run while runs publish at once, and replaces an old latest folder', async () => {
    const reports = join(root, 'latest');
    mkdirSync(join(reports, 'latest'), { recursive: true });
    writeFileSync(join(reports, 'latest', 'results.json'), 'a copy from an older version');
    const runs = Array.from({ length: 6 }, (_, i) => {
      const dir = freshRunDir(reports, `run${i}`, second);
      writeFileSync(join(dir, 'results.json'), JSON.stringify({ run: dir }));
      return dir;
    });
    await inProcesses(3, `const runs = ${JSON.stringify(runs)}; for (let i = 0; i < 40; i++) publishLatest(runs[i % runs.length]);`);
    expect(lstatSync(join(reports, 'latest')).isSymbolicLink()).toBe(true);
    const latest = JSON.parse(readFileSync(join(reports, 'latest', 'results.json'), 'utf8'));
    expect(runs).toContain(latest.run);
    expect(readdirSync(reports).filter((f) => f.startsWith('.latest-'))).toEqual([]);
  }, 120_000);
});
