import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioResult, writeFixtureRun } from './journal-fixtures.ts';
import { MAX_JOURNAL_BYTES, ReportInputError, readRun } from './read-run.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'brownout-read-'));
const runDir = () => writeFixtureRun({ label: 'legacy', scenarios: [scenarioResult({ id: 'a/b' })] }, scratch());

describe('readRun', () => {
  it('reads a run folder and returns it as the evidence folder', () => {
    const dir = runDir();
    const { journal, dir: evidenceDir } = readRun(dir);
    expect(journal.run.label).toBe('legacy');
    expect(evidenceDir).toBe(dir);
  });

  it('reads a results.json path and returns its folder', () => {
    const dir = runDir();
    expect(readRun(join(dir, 'results.json')).dir).toBe(dir);
  });

  it('keeps fields added after the contract', () => {
    const dir = scratch();
    const journal = JSON.parse(JSON.stringify(readRun(runDir()).journal));
    journal.scenarios[0].timeline = [1, 2];
    writeFileSync(join(dir, 'results.json'), JSON.stringify(journal));
    expect((readRun(dir).journal.scenarios[0] as unknown as { timeline: number[] }).timeline).toEqual([1, 2]);
  });
});

// Each defect of a report input and what the error says about it.
const invalidCases: [defect: string, make: () => string, message: RegExp][] = [
  ['missing path', () => join(scratch(), 'nope'), /run not found: .*nope does not exist; expected a run folder holding results\.json/],
  ['folder without results.json', () => scratch(), /no results\.json in .*; expected a run folder holding results\.json/],
  ['not JSON', () => { const d = scratch(); writeFileSync(join(d, 'results.json'), '{ nope'); return d; }, /results\.json is not valid JSON \(.*\); expected/],
  [
    'wrong verdict',
    () => {
      const d = scratch();
      const journal = readRun(runDir()).journal as any;
      journal.scenarios[0].verdict = 'maybe';
      writeFileSync(join(d, 'results.json'), JSON.stringify(journal));
      return d;
    },
    /is not a run journal:\n {2}scenarios\[0\]\.verdict: Invalid option: expected one of "pass"\|"fail"/,
  ],
  [
    'missing fields',
    () => { const d = scratch(); mkdirSync(join(d, 'run')); writeFileSync(join(d, 'run', 'results.json'), '{"run":{}}'); return join(d, 'run'); },
    /run\.id: .*\n(.|\n)*scenarios: /,
  ],
];

describe('readRun errors', () => {
  it.each(invalidCases)('says what is wrong with a %s', (_defect, make, message) => {
    expect(() => readRun(make())).toThrow(message);
  });

  it('throws a ReportInputError carrying the path given', () => {
    const path = join(scratch(), 'nope');
    const error = (() => { try { readRun(path); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ReportInputError);
    expect((error as ReportInputError).path).toBe(path);
  });
});

describe('readRun refuses what would hang or exhaust memory', () => {
  it('a FIFO named results.json is refused at once, not read (nothing would ever be written to it)', () => {
    const dir = scratch();
    execFileSync('mkfifo', [join(dir, 'results.json')]);
    expect(() => readRun(dir)).toThrow(/results\.json: not a regular file \(a FIFO\); expected a run folder/);
  });

  it(`a results.json over ${MAX_JOURNAL_BYTES / 1024 / 1024} MB is refused before it is parsed`, () => {
    const dir = scratch();
    const file = join(dir, 'results.json');
    writeFileSync(file, '[');
    truncateSync(file, MAX_JOURNAL_BYTES + 1);
    expect(() => readRun(dir)).toThrow(/results\.json: the file is 100\.0 MB; run journals are limited to 100 MB/);
  });
});
