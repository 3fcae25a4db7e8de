/**
 * Defect 1 (issue 14): evidence paths in a journal (from another machine) are plain names inside their run
 * folder. `brownout merge` refuses traversal, absolute paths and symlinks (exit 2, nothing read or written
 * outside), and the HTML report never embeds a file a symlink points at.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EvidenceFiles } from '../../harness/report/html/evidence.ts';
import { scenarioResult, solidPng, writeFixtureRun } from '../../harness/report/journal-fixtures.ts';
import { brownout } from '../cli/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'brownout-evidence-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Evidence a hostile journal may name, and what `merge` must say. */
const evidenceTraversal: { name: string; screenshot: (dir: string) => string; message: RegExp }[] = [
  { name: 'a relative path out of the run folder', screenshot: () => '../../victim.txt', message: /evidence path "\.\.\/\.\.\/victim\.txt" is not a plain file name/ },
  { name: 'an absolute path', screenshot: () => join(root, 'victim.txt'), message: /is not a plain file name inside the run folder/ },
  { name: 'a symlink to a file outside', screenshot: (dir) => (symlinkSync(join(root, 'victim.txt'), join(dir, 'leak.png')), 'leak.png'), message: /evidence file "leak\.png" is a symlink/ },
  { name: 'a file under a symlinked folder', screenshot: (dir) => (symlinkSync(root, join(dir, 'up')), 'up/victim.png'), message: /leads out of the run folder through a symlink/ },
];

describe('defect 1: merge and the report stay inside the run folder', () => {
  writeFileSync(join(root, 'victim.txt'), 'secret');
  writeFileSync(join(root, 'victim.png'), solidPng(1, 1, [1, 2, 3]));

  evidenceTraversal.forEach(({ name, screenshot, message }, i) => {
    it(`merge refuses ${name}: exit 2, nothing written outside --out`, () => {
      // writeFixtureRun writes into <parent>/<label>: the hostile files go there.
      const dir = join(root, `run-${i}`, 'guided');
      mkdirSync(dir, { recursive: true });
      const run = writeFixtureRun({ label: 'guided', scenarios: [scenarioResult({ id: `a${i}`, evidence: { screenshot: screenshot(dir) } })] }, join(root, `run-${i}`));
      const out = join(root, `out-${i}`, 'deep', 'merged');
      const merge = brownout(['merge', run, '--out', out], root, 60_000);
      expect(merge.code).toBe(2);
      expect(merge.stderr).toMatch(message);
      expect(existsSync(join(out, 'results.json'))).toBe(false);
      expect(readFileSync(join(root, 'victim.txt'), 'utf8')).toBe('secret');
      expect(existsSync(join(root, `out-${i}`, 'victim.txt'))).toBe(false);
    });
  });

  it('the HTML report does not embed a symlinked screenshot', () => {
    const dir = join(root, 'report-run');
    mkdirSync(dir);
    symlinkSync(join(root, 'victim.png'), join(dir, 'leak.png'));
    const linked = new EvidenceFiles(join(root, 'report-out')).link(dir, 'run', 'leak.png');
    expect(linked).toEqual({ problem: expect.stringContaining('is a symbolic link') });
  });

  it('a plain screenshot name is still merged and embedded', () => {
    const dir = writeFixtureRun({ label: 'guided', scenarios: [scenarioResult({ id: 'ok', evidence: { screenshot: 'ok.png' } })], screenshots: { 'ok.png': solidPng(1, 1, [0, 0, 0]) } }, join(root, 'fine'));
    expect(brownout(['merge', dir, '--out', join(root, 'fine-out')], root, 60_000).code).toBe(0);
    expect(new EvidenceFiles(join(root, 'fine-report')).link(join(root, 'fine-out'), 'run', 'ok.png')).toHaveProperty('src');
  });
});
