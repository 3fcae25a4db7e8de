import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { github } from '../../examples/github-issues/providers/github/index.ts';
import { freePort } from '../../harness/playwright/attach/free-port.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { brownout } from '../cli/cli.ts';
import { runConfig, type Run } from '../config/run-config.ts';
import { spawnUntil } from './spawn-until.ts';

// The issue's HAR round trip ending in a drill: the Issue Tracker example used through `brownout record` in
// front of a local GitHub stand-in, the HAR turned into a provider, and the product drilled against it.
const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/github-issues');
const dir = mkdtempSync(join(root, 'reports', 'har-drill-'));
const har = join(dir, 'github.har');
let upstream: MockRuntime | undefined;
let recorder: ChildProcessWithoutNullStreams | undefined;
let product: ChildProcess | undefined;
let run: Run;

/** Issue Tracker started by hand with its GitHub calls going to `api`; resolves with its URL once healthy. */
async function startIssueTracker(api: string): Promise<string> {
  const port = await freePort();
  product = spawn(process.execPath, ['server.js'], { cwd: example, env: { ...process.env, PORT: String(port), GITHUB_API_URL: api }, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200 && !(await fetch(`${url}/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 50));
  return url;
}

const scenario = (name: string, flow: string, context: string, endpoint: string) => writeFileSync(join(dir, 'scenarios', `${name}.yaml`), [
  `title: GitHub is down (${name})`,
  'integration: github',
  `flow: ${flow}`,
  `context: ${context}`,
  `faults: [{ endpoint: "${endpoint}", kind: outage }]`,
].join('\n'));

beforeAll(async () => {
  upstream = await startMockRuntime({ providers: ['github'], definitions: { github } });
  const started = await spawnUntil(['record', '--upstream', upstream.baseUrls.github!, '--out', har], dir, /Press Ctrl\+C/);
  recorder = started.child;
  const proxy = /at (http:\/\/127\.0\.0\.1:\d+) into/.exec(started.output)![1]!;
  // The product's own use while recording: the list, a new issue, the list again.
  const tracker = await startIssueTracker(proxy);
  await fetch(`${tracker}/api/issues`);
  await fetch(`${tracker}/api/issues`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Recorded issue', body: 'From the recording' }) });
  await fetch(`${tracker}/api/issues`);
  product!.kill();
  const exited = new Promise((resolve) => recorder!.once('exit', resolve));
  recorder.kill('SIGINT');
  await exited;
  const generated = brownout(['provider', 'new', 'github', '--from-har', har, '--title', 'GitHub', '--out', join(dir, 'providers/github')], dir, 60_000);
  expect(generated.code, generated.output).toBe(0);
  mkdirSync(join(dir, 'scenarios'));
  scenario('list', 'github.list-issues', '{ initiatedBy: viewing, data: unavailable, scope: section }', 'GET /repos/octo-org/hello-world/issues');
  scenario('create', 'github.create-issue', '{ initiatedBy: user-action, where: form-submit }', 'POST /repos/octo-org/hello-world/issues');
  writeFileSync(join(dir, 'brownout.config.yaml'), [
    'label: issue-tracker-from-har',
    `product: { start: { command: node server.js, cwd: ${example}, env: { PORT: "{{port}}", GITHUB_API_URL: "{{mocks.github}}" }, readyUrl: "{{url}}/health" } }`,
    `flows: [${join(example, 'flows/issues.ts')}]`,
    'scenarios: [./scenarios]',
    'providers: { use: [github], custom: [./providers/github/index.ts] }',
  ].join('\n'));
  run = await runConfig(join(dir, 'brownout.config.yaml'), join(dir, 'reports'));
}, 400_000);

afterAll(async () => {
  if (recorder?.exitCode === null) recorder.kill('SIGKILL');
  product?.kill();
  await upstream?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('record -> from-har -> drill', () => {
  it('the recording went through to the upstream', () => {
    expect(upstream!.journal().map((e) => `${e.endpoint} ${e.status}`)).toEqual([
      'GET /repos/{owner}/{repo}/issues 200', 'POST /repos/{owner}/{repo}/issues 201', 'GET /repos/{owner}/{repo}/issues 200',
    ]);
  });

  it('the product drilled against the provider made from its own recording passes both outages', () => {
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    const results = Object.fromEntries(run.journal!.scenarios.map((s) => [s.id, `${s.verdict} ${s.observed.kind}`]));
    expect(results).toEqual({ 'github/create': 'pass contextual-error-alert', 'github/list': 'pass half-page-empty-state' });
  });
});
