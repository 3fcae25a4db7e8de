import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brownout } from './cli.ts';

describe('brownout run with bad input', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'brownout-bad-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('refuses an invalid scenario with file:line:col, runs nothing and exits 2', () => {
    writeFileSync(join(cwd, 'broken.yaml'), [
      'title: Broken',
      'integration: quickbooks',
      'flow: quickbooks.create-expense',
      'context: { initiatedBy: user-action, where: form, field: { required: true }, data: unavailable }',
      'faults:',
      '  - endpoint: GET /v3/company/{realmId}/query',
      '    kind: outgae',
      '',
    ].join('\n'));
    const run = brownout(['run', 'broken.yaml', '--reports', 'reports'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.yaml:7:11 faults\[0\]\.kind: .*outgae/);
    expect(run.stderr).toContain('outage');
    expect(run.stderr).toContain('nothing was run');
  });

  it('names the missing path', () => {
    const run = brownout(['run', 'no-such-dir', '--reports', 'reports'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-such-dir');
  });

  it('explains a report whose input is missing', () => {
    const run = brownout(['report', '--before', 'nope', '--after', 'nope2'], cwd);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope');
  });

  it('refuses an audit with an unknown --faults kind or an unreadable --matrix before making any folder, exit 2 with the message only', () => {
    const unknown = brownout(['audit', '--faults', 'outage,meteor', '--reports', 'audit-reports'], cwd);
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, expect.stringMatching(/^brownout: --faults: unknown kind\(s\) meteor; the matrix has: outage, /)]);
    writeFileSync(join(cwd, 'matrix.yaml'), 'kinds: [\n');
    const broken = brownout(['audit', '--matrix', 'matrix.yaml', '--reports', 'audit-reports'], cwd);
    expect([broken.code, broken.stderr]).toEqual([2, expect.stringMatching(/matrix\.yaml: not YAML \(.+\); expected a sweep matrix/)]);
    const missing = brownout(['audit', '--matrix', 'nope.yaml', '--reports', 'audit-reports'], cwd);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('nope.yaml: no such file or directory')]);
    expect(`${unknown.stderr}${broken.stderr}${missing.stderr}`).not.toMatch(/\n\s+at /);
    expect(existsSync(join(cwd, 'audit-reports'))).toBe(false);
  }, 180_000);

  it('has --help for run and report', () => {
    expect(brownout(['run', '--help'], cwd).stdout).toContain('--variant <name>');
    expect(brownout(['report', '--help'], cwd).stdout).toContain('--before <run>');
  });
});
