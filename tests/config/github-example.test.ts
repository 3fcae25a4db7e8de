import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brownout } from '../cli/cli.ts';
import { runConfig, type Run } from './run-config.ts';

// The GitHub example (Issue Tracker) drilled through its public config: a provider generated from GitHub's
// OpenAPI description, GitHub's documented rate limits and 401, a breaking change; the guided UI passes every
// drill and the legacy one (raw statuses, an empty list on failure) fails every one.
const root = fileURLToPath(new URL('../../', import.meta.url));
const example = join(root, 'examples/github-issues');
const dir = mkdtempSync(join(tmpdir(), 'brownout-github-example-'));
const runs: Record<string, Run> = {};

beforeAll(async () => {
  const [guided, legacy, audit] = await Promise.all([
    runConfig(join(example, 'brownout.config.ts'), join(dir, 'guided')),
    runConfig(join(example, 'brownout.legacy.config.yaml'), join(dir, 'legacy')),
    runConfig(join(example, 'brownout.config.ts'), join(dir, 'audit'), ['--faults', 'outage'], 'audit'),
  ]);
  Object.assign(runs, { guided, legacy, audit });
}, 400_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const scenarios = (mode: string) => Object.fromEntries(runs[mode]!.journal!.scenarios.map((s) => [s.id, s]));

describe('the GitHub example through the public config', () => {
  it('guided: every drill reaches the generated GitHub mock and the product answers as prescribed', () => {
    const { code, stdout, stderr } = runs.guided!;
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    const byId = scenarios('guided');
    expect(Object.keys(byId).sort()).toEqual([
      'github/create-issue-outage', 'github/create-issue-rate-limit', 'github/create-issue-secondary-rate-limit',
      'github/list-issues-auth-revoked', 'github/list-issues-breaking-change', 'github/list-issues-outage',
    ]);
    for (const scenario of Object.values(byId)) {
      expect(scenario.verdict, `${scenario.id}: ${scenario.observed.kind} ${scenario.observed.messages.join(' ')}`).toBe('pass');
    }
    expect(byId['github/list-issues-auth-revoked']!.observed.messages.join(' ')).toContain('no longer connected to GitHub');
    expect(byId['github/create-issue-secondary-rate-limit']!.observed.messages.join(' ')).toContain('GitHub is limiting how many changes we can make right now');
    expect(byId['github/create-issue-outage']!.requests.byEndpoint).toEqual({ 'GET /repos/{owner}/{repo}/issues': 1, 'POST /repos/{owner}/{repo}/issues': 1 });
  });

  it("legacy: raw GitHub statuses and messages fail as generic errors, a list that fails silently as console-only", () => {
    const { code } = runs.legacy!;
    expect(code).toBe(1);
    const observed = Object.fromEntries(Object.values(scenarios('legacy')).map((s) => [s.id, `${s.verdict} ${s.observed.category}`]));
    expect(observed).toEqual({
      'github/create-issue-outage': 'fail generic-error',
      'github/create-issue-rate-limit': 'fail generic-error',
      'github/create-issue-secondary-rate-limit': 'fail generic-error',
      'github/list-issues-auth-revoked': 'fail console-only',
      'github/list-issues-breaking-change': 'fail console-only',
      'github/list-issues-outage': 'fail console-only',
    });
    // What the legacy form showed is GitHub's own wording from the dialect: the documented rate-limit and secondary-limit messages.
    expect(scenarios('legacy')['github/create-issue-rate-limit']!.observed.messages).toEqual(['Error 403: API rate limit exceeded for user ID 1.']);
    expect(scenarios('legacy')['github/create-issue-secondary-rate-limit']!.observed.messages[0]).toMatch(/^Error 403: You have exceeded a secondary rate limit\./);
  });

  it('brownout audit inventories the calls through the generated provider and drills each declared one', () => {
    const { code, stdout, stderr } = runs.audit!;
    expect(code, `${stdout}\n${stderr}`).toBe(0);
    expect(stdout).toContain('GitHub  POST /repos/{owner}/{repo}/issues  (github.create-issue)');
    expect(Object.values(scenarios('audit')).map((s) => `${s.id} ${s.verdict}`).sort()).toEqual([
      'audit/github.create-issue/post-repos-owner-repo-issues--outage pass',
      'audit/github.list-issues/get-repos-owner-repo-issues--outage pass',
    ]);
  });

  it('brownout validate accepts the example with its generated provider', () => {
    const { code, output } = brownout(['validate', '--config', join(example, 'brownout.config.ts')], root);
    expect(output).toContain('6 scenarios valid in 6 files');
    expect(code).toBe(0);
  });

  it('the committed provider is what the generator writes today from @octokit/openapi', () => {
    const provider = join(example, 'providers/github');
    const { command } = JSON.parse(readFileSync(join(provider, 'provider.json'), 'utf8')).generatedFrom as { command: string };
    const args = command.replace(/^brownout provider new /, '').match(/'[^']*'|\S+/g)!.map((a) => a.replace(/^'(.*)'$/, '$1'));
    const out = join(dir, 'regenerated');
    const { code, output } = brownout([...'provider new'.split(' '), ...args.slice(0, args.indexOf('--out')), '--out', out], root, 120_000);
    expect(code, output).toBe(0);
    for (const file of ['catalogue.json', 'dialect.json', 'responses.json']) expect(readFileSync(join(out, file), 'utf8'), file).toBe(readFileSync(join(provider, file), 'utf8'));
  });
});
