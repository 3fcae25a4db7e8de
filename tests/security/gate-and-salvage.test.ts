/**
 * Defects 2 and 8 (issue 14): a gate is never green on nothing. A run with no scenario exits 2 and leaves
 * `latest` alone; missing baseline scenarios fail the gate unless --allow-missing; a salvaged run is
 * `partial` and cannot pass. Salvage keeps every complete line of a journal whose last line is torn.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioResult, writeFixtureRun } from '../../harness/report/journal-fixtures.ts';
import { brownout } from '../cli/cli.ts';
import { payeeDrill, scenarioFolder } from '../cli/scenario-files.ts';

const root = mkdtempSync(join(tmpdir(), 'brownout-gate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const passing = (id: string) => scenarioResult({ id, verdict: 'pass', observed: { category: 'helpful-error', kind: 'contextual-error-alert', messages: ['x'], timeToFeedbackMs: 1 } });
const baseline = writeFixtureRun({ label: 'guided', scenarios: [passing('a'), passing('b')] }, join(root, 'baseline'));

/** A killed run's folder: journal.jsonl only, its last line cut mid-write when `torn`. */
function killedRun(name: string, ids: string[], torn: boolean): string {
  const dir = join(root, name, '2026-11-29T05-00-00-guided');
  mkdirSync(dir, { recursive: true });
  const lines = ids.map((id) => JSON.stringify(passing(id)));
  writeFileSync(join(dir, 'journal.jsonl'), `${lines.join('\n')}\n${torn ? '{"id": "c", "verd' : ''}`);
  return dir;
}

/** Gates that must not pass, and what each must say. */
const gatesOnNothing: { name: string; current: () => string; args?: string[]; code: number; message: RegExp }[] = [
  { name: 'an empty run', current: () => writeFixtureRun({ label: 'guided', scenarios: [] }, join(root, 'empty')), code: 1, message: /no scenario/ },
  { name: 'a run missing a baseline scenario', current: () => writeFixtureRun({ label: 'guided', scenarios: [passing('a')] }, join(root, 'missing')), code: 1, message: /missing \(in the baseline only\): b.*\n.*--allow-missing/s },
  {
    name: 'a salvaged partial run',
    current: () => {
      const out = join(root, 'salvaged');
      expect(brownout(['merge', killedRun('killed', ['a', 'b'], false), '--out', out], root, 60_000).code).toBe(0);
      return out;
    },
    code: 1,
    message: /partial/,
  },
];

describe('defect 2: a gate that is green on nothing', () => {
  for (const { name, current, args = [], code, message } of gatesOnNothing) {
    it(`gate fails on ${name}`, () => {
      const gate = brownout(['gate', '--baseline', baseline, '--current', current(), ...args], root, 60_000);
      expect(gate.code).toBe(code);
      expect(gate.output).toMatch(message);
    });
  }

  it('--allow-missing lets a run with fewer scenarios pass', () => {
    const current = writeFixtureRun({ label: 'guided', scenarios: [passing('a')] }, join(root, 'fewer'));
    expect(brownout(['gate', '--baseline', baseline, '--current', current, '--allow-missing'], root, 60_000).code).toBe(0);
  });

  it('run --grep that matches nothing exits 2 and leaves reports/latest alone', () => {
    const { cwd } = scenarioFolder({ 'a.yaml': payeeDrill('quickbooks/a', 'kind: outage') });
    mkdirSync(join(cwd, 'reports', 'latest'), { recursive: true });
    writeFileSync(join(cwd, 'reports', 'latest', 'results.json'), 'previous');
    const run = brownout(['run', 'scenarios', '--grep', 'no-such-scenario', '--reports', 'reports'], cwd, 120_000);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--grep "no-such-scenario" selects none of the 1 scenario');
    expect(readFileSync(join(cwd, 'reports', 'latest', 'results.json'), 'utf8')).toBe('previous');
    rmSync(cwd, { recursive: true, force: true });
  });
});

describe('defect 8: a torn last journal line', () => {
  it('merge keeps every complete line, warns about the torn one and marks the run partial', () => {
    const out = join(root, 'torn-out');
    const merge = brownout(['merge', killedRun('torn', ['a', 'b'], true), '--out', out], root, 60_000);
    expect(merge.code).toBe(0);
    expect(merge.stderr).toMatch(/journal\.jsonl:3: the last line is cut off .*; kept the 2 complete line/);
    const journal = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(journal.scenarios.map((s: { id: string }) => s.id)).toEqual(['a', 'b']);
    expect(journal.run.partial).toBe(true);
    expect(existsSync(join(out, 'results.json'))).toBe(true);
  });
});
