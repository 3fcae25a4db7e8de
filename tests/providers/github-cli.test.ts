import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brownout } from '../cli/cli.ts';
import { GITHUB_DIALECT, GITHUB_DOCUMENT } from './github-provider.ts';
import { spawnUntil } from './spawn-until.ts';

// The issue's "done when", through the CLI as a user runs it: `brownout provider new github --from-openapi`
// on GitHub's whole description, then `brownout mocks --config` serving it from a providers-only config, and
// `brownout validate` accepting scenarios against it.
const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/github-issues');
// Inside the repository (reports/ is git-ignored), so the generated index.ts imports 'brownout' as in a project.
const dir = mkdtempSync(join(root, 'reports', 'github-cli-'));
let generated: ReturnType<typeof brownout>;
let mocks: ChildProcessWithoutNullStreams | undefined;

beforeAll(() => {
  generated = brownout(['provider', 'new', 'github', '--from-openapi', GITHUB_DOCUMENT, '--title', 'GitHub', '--dialect', GITHUB_DIALECT, '--out', join(dir, 'providers/github')], root, 120_000);
}, 150_000);
afterAll(() => {
  mocks?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** `brownout mocks` started from `args`; resolves with what it printed once ready. */
async function startMocks(args: string[]): Promise<string> {
  const started = await spawnUntil(['mocks', ...args], dir, /Press Ctrl\+C/);
  mocks = started.child;
  return started.output;
}

describe("GitHub's whole OpenAPI description through the CLI", () => {
  it('provider new writes the folder and says what it holds', () => {
    expect(generated.code, generated.output).toBe(0);
    expect(generated.stdout).toMatch(/wrote provider "github" \(GitHub\) to .*providers\/github in \d+ ms: 1\d{3} endpoints, dialect outage, maintenance, rate-limit, auth-revoked, forbidden, not-found, validation, deprecated, version-gone, secondary-rate-limit\./);
    const catalogue = JSON.parse(readFileSync(join(dir, 'providers/github/catalogue.json'), 'utf8')) as { endpoint: string }[];
    expect(catalogue.map((e) => e.endpoint)).toEqual(expect.arrayContaining(['GET /repos/{owner}/{repo}/issues', 'POST /repos/{owner}/{repo}/issues', 'DELETE /repos/{owner}/{repo}']));
  });

  it('mocks --config serves it from a config holding only providers, with faults through the control API', { timeout: 90_000 }, async () => {
    writeFileSync(join(dir, 'mocks.yaml'), 'providers:\n  use: [github]\n  custom: [./providers/github/index.ts]\n');
    const output = await startMocks(['--config', 'mocks.yaml']);
    expect(output).toMatch(/1 mock providers ready/);
    const base = /^\s+github\s+(http:\/\/\S+)$/m.exec(output)![1]!;
    const control = /^control API\s+(http:\/\/\S+)$/m.exec(output)![1]!;
    const issues = await fetch(`${base}/repos/octo-org/hello-world/issues`);
    expect(issues.status).toBe(200);
    expect(((await issues.json()) as { title: string }[])[0]?.title).toBe('Found a bug');
    const applied = await fetch(`${control}/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ provider: 'github', endpoint: 'GET /repos/{owner}/{repo}/issues', kind: 'auth-revoked' }]) });
    expect(applied.status, await applied.clone().text()).toBeLessThan(300);
    const revoked = await fetch(`${base}/repos/octo-org/hello-world/issues`);
    expect([revoked.status, ((await revoked.json()) as { message: string }).message]).toEqual([401, 'Bad credentials']);
    // A rate-limit fault names a dialect entry the provider has, else the problem lists the ones it has.
    const unknown = await fetch(`${control}/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ provider: 'github', endpoint: 'POST /repos/{owner}/{repo}/issues', kind: 'rate-limit', params: { dialect: 'tertiary-rate-limit' } }]) });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('params.dialect: provider \\"github\\" has no dialect entry \\"tertiary-rate-limit\\"; its throttling entries: rate-limit, secondary-rate-limit');
  });

  it('validate accepts scenarios naming its endpoints', () => {
    writeFileSync(join(dir, 'brownout.config.yaml'), [
      'product: { start: { command: node server.js, cwd: ' + example + ' } }',
      `flows: [${join(example, 'flows/issues.ts')}]`,
      `scenarios: [${join(example, 'scenarios')}]`,
      'providers: { use: [github], custom: [./providers/github/index.ts] }',
    ].join('\n'));
    const { code, output } = brownout(['validate', '--config', join(dir, 'brownout.config.yaml')], dir);
    expect(output).toContain('6 scenarios valid in 6 files');
    expect(code).toBe(0);
  });
});
