import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinProviders } from '../../mocks/index.ts';

const bin = fileURLToPath(new URL('../../bin/brownout.js', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
/** Longest wait for a spawned CLI in these tests (ms); a full test run on 2 shared cores has needed 15 s. */
const SPAWN_TIMEOUT_MS = 60_000;

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: string;
  wallMs: number;
}

const running: ChildProcessWithoutNullStreams[] = [];

/** Spawns `brownout mocks` and resolves once it printed "Press Ctrl+C" (or rejects after SPAWN_TIMEOUT_MS). */
function startMocks(args: string[] = []): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, 'mocks', ...args], { cwd: root });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`brownout mocks did not start in ${SPAWN_TIMEOUT_MS} ms:\n${output}`)), SPAWN_TIMEOUT_MS);
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

/** Time for the CLI to load and print its version, from spawn to exit (ms): the cost of loading every command. */
// `brownout validate` of one file loads what the mocks need too (tsx, msw, the providers) but starts nothing;
// `--version` no longer loads the providers, so it is no anchor for them.
function validateMs(): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [bin, 'validate', 'scenarios/quickbooks/expense-payee-outage.yaml'], { cwd: root, timeout: SPAWN_TIMEOUT_MS });
  expect(run.status).toBe(0);
  return performance.now() - started;
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
  it('prints a base URL for every registered provider and the control API, adding little to the CLI\'s own start', { timeout: 3 * SPAWN_TIMEOUT_MS }, async () => {
    // The target is 2 s from spawn to every URL printed (`npm run bench` measures it). Load from other
    // work on the shared cores stretches both figures alike, so the bound is relative to loading the CLI itself.
    const cliMs = validateMs();
    const { output, wallMs } = await startMocks();
    const urls = Object.fromEntries([...output.matchAll(/^\s+([a-z0-9-]+)\s+(http:\/\/127\.0\.0\.1:\d+)$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(urls).sort()).toEqual(Object.keys(builtinProviders).sort());
    const control = /^control API\s+(http:\/\/127\.0\.0\.1:\d+)$/m.exec(output)?.[1];
    const providers = (await (await fetch(`${control}/providers`)).json()) as { name: string; baseUrl: string }[];
    expect(Object.fromEntries(providers.map((p) => [p.name, p.baseUrl]))).toEqual(urls);
    console.log(`brownout mocks: ${providers.length} providers ready ${Math.round(wallMs)} ms after spawn; brownout validate of one file takes ${Math.round(cliMs)} ms`);
    expect(wallMs).toBeLessThan(cliMs * 1.5 + 1000);
  });

  it('stops cleanly on SIGTERM and SIGINT', { timeout: 3 * SPAWN_TIMEOUT_MS }, async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const { child } = await startMocks();
      const exit = exited(child);
      child.kill(signal);
      const { code, output } = await exit;
      expect(code).toBe(0);
      expect(output).toContain(`brownout: stopped (${signal}).`);
    }
  });

  it('generates and prints a token for a host other than loopback, and the control API requires it', { timeout: 2 * SPAWN_TIMEOUT_MS }, async () => {
    const { output } = await startMocks(['--host', '127.0.0.2']);
    const token = /^token\s+(\S+)/m.exec(output)?.[1];
    const control = /^control API\s+(\S+)$/m.exec(output)?.[1];
    expect(token).toMatch(/^[\w-]{20,}$/);
    expect((await fetch(`${control}/faults`)).status).toBe(401);
    expect((await fetch(`${control}/faults`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
  });

  it('refuses an unknown provider, names the known ones and exits 2', { timeout: 2 * SPAWN_TIMEOUT_MS }, async () => {
    const child = spawn(process.execPath, [bin, 'mocks', '--providers', 'quikbooks'], { cwd: root });
    running.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/brownout: unknown provider "quikbooks"; known providers: .*quickbooks/);
  });
  it("serves a config's custom providers on fixed ports (--config, --port-base)", { timeout: 2 * SPAWN_TIMEOUT_MS }, async () => {
    const base = 20_000 + Math.floor(Math.random() * 20_000);
    const { output } = await startMocks(['--config', 'examples/slack-notes/brownout.config.ts', '--port-base', String(base)]);
    expect(output).toMatch(new RegExp(`^  slack  http://127\\.0\\.0\\.1:${base + 1}$`, 'm'));
    expect(output).toMatch(new RegExp(`^control API\\s+http://127\\.0\\.0\\.1:${base}$`, 'm'));
    // The example's own Slack (its catalogue: auth.test and chat.postMessage only) answers there.
    const served = (await (await fetch(`http://127.0.0.1:${base}/providers`)).json()) as { name: string; endpoints?: unknown[] }[];
    expect(served.map((p) => p.name)).toEqual(['slack']);
    const posted = await fetch(`http://127.0.0.1:${base + 1}/api/chat.postMessage`, { method: 'POST', body: new URLSearchParams({ token: 'xoxb-any', channel: 'C0TEAMUPDATES', text: 'hi' }) });
    expect(posted.status).toBe(200);
    expect(Object.keys((await posted.json()) as object)).toContain('ok');
  });
  it("fixes a provider's port from the config's providers.ports (the others take free ports)", { timeout: 2 * SPAWN_TIMEOUT_MS }, async () => {
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const dir = mkdtempSync(join(tmpdir(), 'brownout-ports-'));
    writeFileSync(join(dir, 'brownout.config.yaml'), `providers:\n  use: [quickbooks, slack]\n  ports: { slack: ${port} }\n`);
    const { output } = await startMocks(['--config', join(dir, 'brownout.config.yaml')]);
    expect(output).toMatch(new RegExp(`^  slack\\s+http://127\\.0\\.0\\.1:${port}$`, 'm'));
    expect(output).toMatch(/^  quickbooks\s+http:\/\/127\.0\.0\.1:\d+$/m);
    const posted = await fetch(`http://127.0.0.1:${port}/api/chat.postMessage`, { method: 'POST', body: new URLSearchParams({ token: 'xoxb-any', channel: 'C0TEAMUPDATES', text: 'hi' }) });
    expect(posted.status).toBe(200);
  });

  it('refuses a port for a provider the config does not use, at its line, before starting anything', { timeout: SPAWN_TIMEOUT_MS }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'brownout-ports-'));
    writeFileSync(join(dir, 'brownout.config.yaml'), 'providers:\n  use: [slack]\n  ports:\n    slack: 4101\n    zoom: 4102\n');
    const run = spawnSync(process.execPath, [bin, 'mocks', '--config', join(dir, 'brownout.config.yaml')], { cwd: root, timeout: SPAWN_TIMEOUT_MS, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/brownout\.config\.yaml:5:\d+ providers\.ports\.zoom: "zoom" is not in providers\.use \(slack\)/);
  });
});
