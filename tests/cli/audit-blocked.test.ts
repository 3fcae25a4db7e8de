import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunJournal } from '../../harness/report/results.ts';
import { brownout } from './cli.ts';

// The demo's Teams settings page loads the account list before the user can pick one: an outage of that list
// keeps the flow from reaching its action. The drill judges the page the user was left on (a warning in guided
// mode) instead of timing out unclassified after a minute.
const cwd = mkdtempSync(join(tmpdir(), 'brownout-audit-blocked-'));
let run: ReturnType<typeof brownout>;
beforeAll(() => {
  run = brownout(['audit', '--variant', 'guided', '--flow', 'msgraph.link-account$', '--faults', 'outage', '--reports', 'reports'], cwd, 240_000);
}, 250_000);
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

it('a journey the fault blocks before its action is judged on the screen it stopped at', () => {
  const dir = join(cwd, 'reports', readdirSync(join(cwd, 'reports')).find((d) => d.endsWith('-audit-guided'))!);
  const journal = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as RunJournal;
  const list = journal.scenarios.find((s) => s.endpoint === 'GET /v1.0/users');
  expect(list, run.output).toBeDefined();
  expect(list!.error).toBeUndefined();
  expect(list!.evidence.items?.[0]).toMatchObject({ signal: 'flow: blocked by the fault', text: expect.stringContaining("waiting for getByLabel('Microsoft Teams account')") });
  expect([list!.observed.kind, list!.verdict]).toEqual(['settings-warning-alert', 'pass']);
  expect(run.code, run.output).toBe(0);
});
