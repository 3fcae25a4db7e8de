import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brownout } from './cli.ts';

// The Allure results a run leaves are what the Allure 3 CLI (the `allure` dev dependency, pure JS) reads:
// README's `npx allure generate reports/latest/allure-results` on a real run of examples/slack-notes.
const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'brownout-allure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('allure generate', () => {
  it("turns a run's allure-results into a report that holds the drill and its verdict", () => {
    const run = brownout(['run', '--config', join(root, 'examples/slack-notes/brownout.config.ts'), '--reports', join(dir, 'reports')], root, 240_000);
    expect(run.code, run.output).toBe(0);
    const allure = join(root, 'node_modules/.bin/allure');
    const out = join(dir, 'allure-report');
    const generate = spawnSync(allure, ['generate', join(dir, 'reports/latest/allure-results'), '-o', out], { encoding: 'utf8', timeout: 120_000 });
    expect(generate.status, `${generate.stdout}\n${generate.stderr}`).toBe(0);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).stats).toEqual({ total: 1, passed: 1 });
    expect(readFileSync(join(out, 'test-results.json'), 'utf8')).toContain('slack/post-note-outage');
  }, 300_000);
});
