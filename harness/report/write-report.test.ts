import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBeforeAfterRuns } from './journal-fixtures.ts';
import { ReportInputError, readRun } from './read-run.ts';
import { renderConsoleTable, writeImpactReport } from './write-report.ts';

describe('writeImpactReport', () => {
  const { before, after, root } = writeBeforeAfterRuns();
  const out = join(root, 'impact', 'nested');
  const files = writeImpactReport({ before, after: join(after, 'results.json'), out });

  it('writes index.html, summary.md and impact.json into the out folder', () => {
    const { table, ...paths } = files;
    expect(paths).toEqual({
      htmlPath: join(out, 'index.html'),
      summaryPath: join(out, 'summary.md'),
      impactJsonPath: join(out, 'impact.json'),
    });
    for (const path of Object.values(paths)) expect(existsSync(path)).toBe(true);
    expect(table).toContain('Prescribed coverage (bar 75 %)');
  });

  it('puts the numbers in impact.json', () => {
    const impact = JSON.parse(readFileSync(files.impactJsonPath, 'utf8'));
    expect(impact.metrics.find((m: { id: string }) => m.id === 'prescribedCoverage')).toMatchObject({ before: 0, after: 0.5, target: 0.75 });
    expect(impact.scenarios[0]).toMatchObject({
      id: 'quickbooks/expense-payee-outage',
      change: 'improved',
      before: { category: 'generic-error', severity: 'bad', verdict: 'fail' },
      after: { category: 'helpful-error', kind: 'contextual-error-alert', severity: 'good', verdict: 'pass' },
    });
  });

  it('marks a bad input as invalid input for the CLI (exit code 2)', () => {
    const error = (() => { try { writeImpactReport({ before, after: join(root, 'none'), out }); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ReportInputError);
    expect((error as ReportInputError).exitCode).toBe(2);
  });

  it('names the input that is missing', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'brownout-')), 'no-run');
    expect(() => writeImpactReport({ before, after: missing, out })).toThrow(`run not found: ${missing} does not exist`);
  });

  it('says when the out folder cannot be created', () => {
    expect(() => writeImpactReport({ before, after, out: join(files.htmlPath, 'x') })).toThrow(`cannot create the report folder ${join(files.htmlPath, 'x')}`);
  });

  it('refuses an empty path', () => {
    expect(() => writeImpactReport({ before: '', after, out })).toThrow('no "before" path given');
  });
});

describe('renderConsoleTable', () => {
  it('prints one aligned line per metric with the trend, then the scenario changes', () => {
    const { before, after } = writeBeforeAfterRuns();
    expect(renderConsoleTable(readRun(before), readRun(after))).toBe(
      [
        '                                legacy  guided       Δ',
        'No indication of failure          50 %     0 %  −50 pp  better',
        'Incorrect or false feedback        0 %     0 %   ±0 pp',
        'Hard to find or not helpful       50 %     0 %  −50 pp  better',
        'Prescribed coverage (bar 75 %)     0 %    50 %  +50 pp  better',
        'Scenarios                            2       2',
        '1 improved, 0 regressed, 0 unchanged, 1 only after, 1 only before',
      ].join('\n'),
    );
  });
});
