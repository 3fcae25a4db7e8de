import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunJournal } from '../../harness/report/results.ts';
import { brownout } from './cli.ts';

// `brownout audit` on one demo flow: the inventory finds its provider calls from the journal, the sweep
// drills each with the chosen fault kinds as ordinary scenarios, and the run lands in one folder.
describe('brownout audit', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'brownout-audit-'));
  let run: ReturnType<typeof brownout>;
  const dir = () => join(cwd, 'reports', readdirSync(join(cwd, 'reports')).find((d) => d.endsWith('-audit-legacy'))!);

  beforeAll(() => {
    run = brownout(['audit', '--mode', 'legacy', '--flow', 'quickbooks.create-expense$', '--faults', 'outage,rate-limit', '--reports', 'reports'], cwd, 240_000);
  }, 250_000);
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('lists the API calls of the flow, grouped by the case study categories', () => {
    expect(run.stdout, run.output).toMatch(/1 API call\(s\) in 1 flow\(s\):\n {2}ERP\n {4}QuickBooks Online {2}GET \/v3\/company\/\{realmId\}\/query {2}\(quickbooks\.create-expense, 2 calls\)/);
    const inventory = JSON.parse(readFileSync(join(dir(), 'inventory.json'), 'utf8'));
    // --flow picked one flow: the others are not run, so none is reported as failing its healthy run.
    expect(run.output).not.toContain('NOT INVENTORIED');
    expect(inventory).toMatchObject({ calls: [{ flow: 'quickbooks.create-expense', provider: 'quickbooks', providerTitle: 'QuickBooks Online', providerCategory: 'ERP', mutation: false }], tbd: [], matrix: ['outage', 'rate-limit'] });
  });

  it('drills each call with each fault kind, the payee and the account query apart, and judges each against the context the flow declares', () => {
    expect(run.stdout).toContain('sweep, 4 drill(s) = API calls x outage, rate-limit; 0 call(s) TBD');
    const journal = JSON.parse(readFileSync(join(dir(), 'results.json'), 'utf8')) as RunJournal;
    expect(journal.run.label).toBe('legacy');
    const query = 'audit/quickbooks.create-expense/get-v3-company-realmid-query';
    expect(journal.scenarios.map((s) => [s.id, s.fault?.kind, s.prescribed])).toEqual([
      [`${query}-from-account--outage`, 'outage', 'contextual-error-alert'],
      [`${query}-from-account--rate-limit`, 'rate-limit', 'contextual-error-alert'],
      [`${query}-from-vendor--outage`, 'outage', 'contextual-error-alert'],
      [`${query}-from-vendor--rate-limit`, 'rate-limit', 'contextual-error-alert'],
    ]);
    // Each group's fault hit only its own query: the other list loaded.
    const inventory = JSON.parse(readFileSync(join(dir(), 'inventory.json'), 'utf8'));
    expect(inventory.calls[0].queries.map((q: { query: string }) => q.query.match(/from (\w+)/i)?.[1])).toEqual(['Vendor', 'Account']);
    expect(journal.scenarios.every((s) => s.verdict === 'fail' && s.observed.category === 'generic-error')).toBe(true);
    // The runner recorded the provider's title and category, for reports that read only the journal.
    expect(new Set(journal.scenarios.map((s) => `${s.integrationTitle} (${s.integrationCategory})`))).toEqual(new Set(['QuickBooks Online (ERP)']));
    expect(run.code).toBe(1);
  });
});
