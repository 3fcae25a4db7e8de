import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slack } from '../../examples/slack-notes/providers/slack/index.ts';
import { startControlServer, type ControlServer } from '../../harness/control/control-server.ts';
import { freePort } from '../../harness/playwright/attach/free-port.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { runConfig, type Run } from './run-config.ts';

// The example product (Team Notes posting to Slack) drilled through the public config and CLI, as a user
// would: browser-side calls, server-side calls, an already-running product, and each misconfiguration.
const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/slack-notes');
const fixtures = join(root, 'tests/config/fixtures');
const dir = mkdtempSync(join(tmpdir(), 'brownout-example-'));

/** `brownout run --config <file>` in its own reports folder under this file's temporary folder. */
const run = (config: string, reports: string, extra: string[] = []): Promise<Run> => runConfig(config, join(dir, reports), extra);

const runs: Record<string, Run> = {};
const products: { kill(): void }[] = [];
let fleet: { runtime: MockRuntime; control: ControlServer } | undefined;

/** Team Notes started by hand (not by brownout), answering on its health URL. */
async function startTeamNotes(env: Record<string, string>): Promise<string> {
  const port = await freePort();
  products.push(spawn(process.execPath, ['server.js'], { cwd: example, env: { ...process.env, PORT: String(port), ...env }, stdio: 'ignore' }));
  for (let i = 0; i < 100 && !(await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 50));
  return `http://127.0.0.1:${port}`;
}

/** A config for a product already running at `product` (YAML, absolute paths to the example's modules). */
function runningConfig(name: string, product: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, [
    `product: { ${product} }`,
    `flows: [${join(example, 'flows/post-note.ts')}]`,
    `scenarios: [${join(example, 'scenarios')}]`,
    `providers: { use: [slack], custom: [${join(example, 'providers/slack/index.ts')}] }`,
  ].join('\n'));
  return file;
}

beforeAll(async () => {
  // Already running, its page calling Slack itself: the worker's own mocks answer through routing.
  const browserSide = await startTeamNotes({ SLACK_CALLS: 'browser' });
  const running = runningConfig('running', `running: { url: "${browserSide}" }, routeBrowserCalls: [slack]`);
  // Already running, its server pointed at a shared mock fleet (as `brownout mocks` serves one): faults go
  // through that fleet's control API.
  const runtime = await startMockRuntime({ providers: ['slack'], definitions: { slack } });
  fleet = { runtime, control: await startControlServer({ runtime, definitions: { slack }, host: '127.0.0.1', port: 0 }) };
  const serverSide = await startTeamNotes({ SLACK_CALLS: 'server', SLACK_API_URL: runtime.baseUrls.slack! });
  const controlled = runningConfig('control', `running: { url: "${serverSide}", control: "${fleet.control.url}" }`);
  const entries = await Promise.all([
    run(join(example, 'brownout.config.ts'), 'browser').then((r) => ['browser', r] as const),
    run(join(example, 'brownout.server.config.yaml'), 'server').then((r) => ['server', r] as const),
    run(running, 'running', ['--workers', '2']).then((r) => ['running', r] as const),
    run(controlled, 'control').then((r) => ['control', r] as const),
    run(join(fixtures, 'never-ready-product.yaml'), 'never-ready').then((r) => ['never-ready', r] as const),
    run(join(fixtures, 'unknown-flow.yaml'), 'unknown-flow').then((r) => ['unknown-flow', r] as const),
    run(join(fixtures, 'unknown-provider.yaml'), 'unknown-provider').then((r) => ['unknown-provider', r] as const),
  ]);
  for (const [name, result] of entries) runs[name] = result;
}, 400_000);

afterAll(async () => {
  for (const product of products) product.kill();
  await fleet?.control.close();
  await fleet?.runtime.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the example product through the public config', () => {
  it.each(['browser', 'server', 'running', 'control'])('%s: the Slack outage reaches the mock and the product answers as prescribed', (mode) => {
    const { code, stdout, stderr, journal } = runs[mode]!;
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    const [scenario] = journal!.scenarios;
    expect(scenario?.id).toBe('slack/post-note-outage');
    // The faulted call went to this run's Slack mock (not to slack.com, which is unreachable here).
    expect(scenario?.requests.byEndpoint).toEqual({ 'POST /api/chat.postMessage': 1 });
    expect(scenario?.observed.kind).toBe('contextual-error-alert');
    expect(scenario?.observed.messages.join(' ')).toContain("We're having trouble connecting to Slack right now.");
    expect(scenario?.verdict).toBe('pass');
  });

  it('names the product, the config and the attach mode in its first line', () => {
    expect(runs.browser!.stdout).toContain('against `node server.js` (one instance per worker), browser calls to slack routed to the mocks, from examples/slack-notes/brownout.config.ts (label "team-notes")');
    expect(runs.server!.stdout).toContain('against `node server.js` (one instance per worker), from examples/slack-notes/brownout.server.config.yaml (label "team-notes-server")');
  });

  it('drills an already-running product with one worker, and says so', () => {
    expect(runs.running!.stdout).toMatch(/brownout: note: product\.running: drilling the product already running at http:\/\/127\.0\.0\.1:\d+ with one worker/);
    expect(runs.control!.stdout).toMatch(/with one worker, faults applied through the control API at http:\/\/127\.0\.0\.1:\d+/);
  });

  it('drills the shared fleet through its control API and leaves it without faults', async () => {
    expect(fleet!.runtime.journal().map((e) => `${e.endpoint} ${e.status}`)).toEqual(['POST /api/chat.postMessage 503']);
    expect(await (await fetch(`${fleet!.control.url}/faults`)).json()).toEqual([]);
  });
});

// A product that crashes at start is checked in start-product.test.ts (message and no orphan process);
// here, that the CLI shows a start error to the user at all.
describe('misconfigurations through the CLI', () => {
  it('a readiness URL that never answers: the time waited and what to fix', () => {
    const { code, stderr } = runs['never-ready']!;
    expect(code).toBe(1);
    expect(stderr).toMatch(/brownout: the product never became ready: http:\/\/127\.0\.0\.1:\d+\/health did not answer with a status below 500 within 1500 ms \(last: ECONNREFUSED\)/);
    expect(stderr).toContain('Fix: make product.start.readyUrl a URL the product serves on the port it listens on');
  });

  it('an unknown flow: the scenario, the flows there are, and nothing run', () => {
    const { code, stderr } = runs['unknown-flow']!;
    expect(code).toBe(2);
    expect(stderr).toContain('examples/slack-notes/scenarios/slack/post-note-outage.yaml:4:7 flow: unknown flow "slack.post-note"; flows registered by the config tests/config/fixtures/unknown-flow.yaml: slack.post-notes; did you mean "slack.post-notes"? Fix:');
    expect(stderr).toContain('nothing was run');
  });

  it('an unknown provider: where in the config, the providers there are, and nothing run', () => {
    const { code, stderr } = runs['unknown-provider']!;
    expect(code).toBe(2);
    expect(stderr).toMatch(/tests\/config\/fixtures\/unknown-provider\.yaml:7:9 providers\.use\[0\]: unknown provider "slak"; built-in providers: [a-z, -]*quickbooks[a-z, -]*; custom providers: slack; did you mean "slack"\? Fix:/);
    expect(stderr).toContain('brownout: nothing was run; fix the config');
  });
});
