/**
 * Defect 9 (issue 14): `run --grep` and `audit --flow` patterns are checked up front (one line, exit 2, no
 * stack trace) and matched as given: `audit --flow '^name$'` picks that flow.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compilePattern, inventoryGrep } from '../../harness/cli/pattern.ts';
import { brownout } from '../cli/cli.ts';

/** Invalid patterns on each command that takes one. */
const badPatterns: { args: string[]; message: string }[] = [
  { args: ['run', '--grep', '('], message: 'brownout: --grep "(" is not a valid regular expression' },
  { args: ['run', '--grep', '[a-'], message: 'brownout: --grep "[a-" is not a valid regular expression' },
  { args: ['audit', '--flow', '*quickbooks'], message: 'brownout: --flow "*quickbooks" is not a valid regular expression' },
  { args: ['audit', '--flow', '^nothing-like-this$'], message: 'brownout: --flow "^nothing-like-this$" matches no flow' },
];

describe('defect 9: patterns checked up front and matched as given', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'brownout-pattern-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  for (const { args, message } of badPatterns) {
    it(`${args.join(' ')}: one line, exit 2`, () => {
      const run = brownout([...args, '--reports', 'reports'], cwd, 60_000);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining(message)]);
      expect(run.output).not.toMatch(/\n\s+at /);
    });
  }

  it('an anchored --flow picks exactly that flow for the inventory', () => {
    const names = ['quickbooks.create-expense', 'quickbooks.create-expense-v2', 'slack.post-note'];
    const pattern = compilePattern('^quickbooks\\.create-expense$', '--flow');
    if (!('regex' in pattern)) throw new Error(pattern.error);
    const grep = inventoryGrep(pattern.regex, names)!;
    const titles = names.map((n) => `inventory ${n}`);
    expect(titles.filter((t) => new RegExp(grep).test(t))).toEqual(['inventory quickbooks.create-expense']);
  });
});
