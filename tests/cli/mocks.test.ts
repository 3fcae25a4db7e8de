import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinProviders } from '../../mocks/index.ts';

const bin = fileURLToPath(new URL('../../bin/brownout.js', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * The target is 2 s from spawn to every URL printed, met on a quiet machine (`npm run bench` reports it).
 * Beside other test files on 2 shared cores the CLI's own module loading alone has taken 3-5 s, so this bound only
 * catches a start that waits on something; the figure is logged (ms).
 */
const START_LIMIT_MS = 8000;

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: string;
  wallMs: number;
}

const running: ChildProcessWithoutNullStreams[] = [];

/** Spawns `brownout mocks` and resolves once it printed "Press Ctrl+C" (or rejects after 15 s). */
function startMocks(args: string[] = []): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'mocks', ...args], { cwd: root });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`brownout mocks did not start in 15 s:\n${output}`)), 15_000);
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve({ child, output, wallMs: performance.now() - started });
      }
    });
    child.once('exit', (code) => reject(new Error(`brownout mocks exited with ${code}:\n${output}`)));
  });
}

const exited = (child: ChildProcessWithoutNullStreams) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('brownout mocks', () => {
  it('prints a base URL for every registered provider and the control API, within the start target', async () => {
    const { output, wallMs } = await startMocks();
    const urls = Object.fromEntries([...output.matchAll(/^\s+([a-z0-9-]+)\s+(http:\/\/127\.0\.0\.1:\d+)$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(urls).sort()).toEqual(Object.keys(builtinProviders).sort());
    const control = /^control API\s+(http:\/\/127\.0\.0\.1:\d+)$/m.exec(output)?.[1];
    const providers = (await (await fetch(`${control}/providers`)).json()) as { name: string; baseUrl: string }[];
    expect(Object.fromEntries(providers.map((p) => [p.name, p.baseUrl]))).toEqual(urls);
    const sinceLaunch = Number(/\((\d+) ms since the process started\)/.exec(output)?.[1]);
    console.log(`brownout mocks: ${providers.length} providers, ${Math.round(wallMs)} ms from spawn to ready (${sinceLaunch} ms process uptime)`);
    expect(wallMs).toBeLessThan(START_LIMIT_MS);
  });

  it('stops cleanly on SIGTERM and SIGINT', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { child } = await startMocks();
      const exit = exited(child);
      child.kill(signal);
      const { code, output } = await exit;
      expect(code).toBe(0);
      expect(output).toContain(`brownout: stopped (${signal}).`);
    }
  });

  it('generates and prints a token for a host other than loopback, and the control API requires it', async () => {
    const { output } = await startMocks(['--host', '127.0.0.2']);
    const token = /^token\s+(\S+)/m.exec(output)?.[1];
    const control = /^control API\s+(\S+)$/m.exec(output)?.[1];
    expect(token).toMatch(/^[\w-]{20,}$/);
    expect((await fetch(`${control}/faults`)).status).toBe(401);
    expect((await fetch(`${control}/faults`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('refuses an unknown provider, names the known ones and exits 2', async () => {
    const child = spawn(process.execPath, [bin, 'mocks', '--providers', 'quikbooks'], { cwd: root });
    running.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/brownout: unknown provider "quikbooks"; known providers: .*quickbooks/);
  });
});
