import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtinProviders } from '../../mocks/index.ts';
import { formatProblem } from '../input/format-problem.ts';
import { loadScenarioFile, loadScenarios } from './load.ts';
import { fakeRegistries, MATRIX, VALID } from './test-fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'brownout-scenarios-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` at `relative` under the temp folder and returns its path. */
function write(relative: string, text: string): string {
  const file = join(dir, relative);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('loadScenarios', () => {
  it('finds *.yaml and *.yml files in folders, recursively and in name order, and skips other files', () => {
    write('fakebooks/b.yml', VALID);
    write('fakebooks/nested/a.yaml', VALID);
    write('scenario.schema.json', '{}');
    write('notes.md', '# notes');
    const { scenarios, problems, files } = loadScenarios([dir], fakeRegistries);
    expect(problems).toEqual([]);
    expect(files).toEqual([join(dir, 'fakebooks/b.yml'), join(dir, 'fakebooks/nested/a.yaml')]);
    expect(scenarios.map((s) => s.id)).toEqual(['fakebooks/b', 'fakebooks/a']);
  });

  it('reports duplicate ids across files at the later one, pointing back at the first', () => {
    const first = write('one.yaml', `id: fakebooks/payee\n${VALID}`);
    const second = write('two/payee.yaml', VALID);
    const { scenarios, problems } = loadScenarios([dir], fakeRegistries);
    expect(problems.map(formatProblem)).toEqual([
      `${second}:1:1 id: duplicate scenario id "fakebooks/payee" (the default <integration>/<file stem>), first declared at ${first}:1:5; give one of them another id`,
    ]);
    expect(scenarios.map((s) => s.source.file)).toEqual([first]);
  });

  it('reports an id that a matrix in another file also generates, pointing back at the matrix', () => {
    const matrix = write('fakebooks/payee.yaml', MATRIX);
    const clash = write('fakebooks/z-clash.yaml', `id: fakebooks/payee/create--outage\n${VALID}`);
    const { scenarios, problems } = loadScenarios([dir], fakeRegistries);
    expect(problems.map(formatProblem)).toEqual([
      `${clash}:1:5 id: duplicate scenario id "fakebooks/payee/create--outage", first declared at ${matrix}:1:1; give one of them another id`,
    ]);
    expect(scenarios.map((s) => s.id)).toEqual([
      'fakebooks/payee/query--outage', 'fakebooks/payee/query--latency', 'fakebooks/payee/create--outage', 'fakebooks/payee/create--latency',
    ]);
  });

  it('collects the problems of every file, file by file', () => {
    const a = write('a.yaml', VALID.replace('kind: outage', 'kind: outtage'));
    const b = write('b.yaml', '');
    const c = write('c.yaml', VALID);
    const { scenarios, problems } = loadScenarios([dir], fakeRegistries);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([`${a}:7`, `${b}:1`]);
    expect(scenarios.map((s) => s.source.file)).toEqual([c]);
  });

  it('reports a path that does not exist and a folder without scenario files', () => {
    mkdirSync(join(dir, 'empty'));
    const { problems } = loadScenarios([join(dir, 'missing.yaml'), join(dir, 'empty')], fakeRegistries);
    expect(problems.map(formatProblem)).toEqual([
      `${join(dir, 'missing.yaml')}: cannot read: no such file or directory`,
      `${join(dir, 'empty')}: no scenario files (*.yaml, *.yml) in this directory`,
    ]);
  });
});

describe('loadScenarioFile', () => {
  it('loads one file, its stem giving the default id', () => {
    const file = write('fakebooks/payee-outage.yaml', VALID);
    expect(loadScenarioFile(file, fakeRegistries).scenarios.map((s) => s.id)).toEqual(['fakebooks/payee-outage']);
  });

  it('reports a file it cannot read instead of throwing', () => {
    expect(loadScenarioFile(join(dir, 'nope.yaml'), fakeRegistries).problems.map(formatProblem)).toEqual([
      `${join(dir, 'nope.yaml')}: cannot read: no such file or directory`,
    ]);
  });
});

// Runs against the real registries once the QuickBooks provider is registered (mocks/index.ts).
describe.skipIf(!('quickbooks' in builtinProviders))('the built-in scenarios/ against the built-in registries', () => {
  it('are all valid, and the case study example prescribes a contextual error alert', () => {
    const { scenarios, problems } = loadScenarios([join(import.meta.dirname, '../../scenarios')]);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(scenarios.find((s) => s.id === 'quickbooks/expense-payee-outage')).toMatchObject({
      integration: 'quickbooks',
      flow: 'quickbooks.create-expense',
      faults: [{ provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage', match: { query: { query: 'from Vendor' } }, params: { status: 503 } }],
      prescribed: 'contextual-error-alert',
    });
  });
});
