import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunJournal } from '../../harness/report/results.ts';
import { brownout } from './cli.ts';

// The same small audit (two flows, a hang among the kinds) at 2 and at 8 workers: the drills run side by side
// and in another order, and every verdict must come out the same.
describe('brownout audit at any concurrency', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'brownout-audit-workers-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  const audit = (workers: number) => {
    const reports = `reports-${workers}`;
    const run = brownout(['audit', '--mode', 'guided', '--flow', 'quickbooks.create-expense$|salesforce.refresh-contacts', '--faults', 'outage,hang,auth-revoked', '--workers', String(workers), '--reports', reports], cwd, 400_000);
    const dir = readdirSync(join(cwd, reports)).find((d) => d.endsWith('-audit-guided'));
    expect(dir, run.output).toBeTruthy();
    const journal = JSON.parse(readFileSync(join(cwd, reports, dir!, 'results.json'), 'utf8')) as RunJournal;
    // A drill whose test ended without a result (crashed, timed out) carries the error: shown if the runs differ.
    for (const s of journal.scenarios) if (s.error) console.error(`${workers} workers: ${s.id} ended without a verdict: ${s.error}`);
    return Object.fromEntries(journal.scenarios.map((s) => [s.id, `${s.verdict} ${s.observed.kind ?? s.observed.category} ${s.severity}${s.error ? ` (error: ${s.error.split('\n')[0]})` : ''}`]));
  };

  it('gives the same verdicts with 2 and with 8 workers', () => {
    const two = audit(2);
    const eight = audit(8);
    expect(Object.keys(two).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(two).some((id) => id.endsWith('--hang'))).toBe(true);
    expect(eight).toEqual(two);
  }, 820_000);
});
