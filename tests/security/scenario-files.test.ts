/**
 * Defects 7 and 13 (issue 14): what the scenario loader reads. Only regular files, at most 5 MB, and an
 * unreadable path is named for what it is (a FIFO, a device, a symlink loop), through `validate` as a user runs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../harness/input/format-problem.ts';
import { loadScenarios } from '../../harness/scenario/load.ts';
import { fakeRegistries, VALID } from '../../harness/scenario/test-fixtures.ts';
import { brownout } from '../cli/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'brownout-files-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Makes a path of one non-regular kind under `dir`; returns it. */
type Maker = (path: string) => void;
const fifo: Maker = (path) => execFileSync('mkfifo', [path]);
const devZero: Maker = (path) => symlinkSync('/dev/zero', path);
const loop: Maker = (path) => {
  symlinkSync(`${path}.b`, path);
  symlinkSync(path, `${path}.b`);
};
const huge: Maker = (path) => writeFileSync(path, `${VALID}# ${'x'.repeat(6 * 1024 * 1024)}\n`);
const dirNamedYaml: Maker = (path) => mkdirSync(path);

/** Defect 7 (non-regular files, size) and 13 (symlink loop): each path and the message it must give. */
const nonRegularFiles: { name: string; make: Maker; message: RegExp }[] = [
  { name: 'a FIFO', make: fifo, message: /not a regular file \(a FIFO\)/ },
  { name: 'a symlink to /dev/zero', make: devZero, message: /not a regular file \(a character device\)/ },
  { name: 'a symlink loop', make: loop, message: /symlink loop/ },
  { name: 'a 6 MB file', make: huge, message: /6\.0 MB; scenario files are limited to 5 MB/ },
];

describe('defects 7 and 13: only regular files of at most 5 MB are read', () => {
  for (const { name, make, message } of nonRegularFiles) {
    it(`${name} given directly is refused with its path and why, without hanging`, () => {
      const path = join(dir, `${name.replace(/\W+/g, '-')}.yaml`);
      make(path);
      const { problems, scenarios } = loadScenarios([path], fakeRegistries);
      expect(scenarios).toEqual([]);
      expect(problems.map(formatProblem).join('\n')).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot read: .*${message.source}`));
    });
  }

  it('the same inside a folder: each bad entry is named, the good file still loads', () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    writeFileSync(join(folder, 'good.yaml'), VALID);
    fifo(join(folder, 'pipe.yaml'));
    devZero(join(folder, 'zero.yaml'));
    dirNamedYaml(join(folder, 'folder.yaml'));
    const { problems, scenarios } = loadScenarios([folder], fakeRegistries);
    expect(scenarios.map((s) => s.id)).toEqual(['fakebooks/good']);
    const lines = problems.map(formatProblem).join('\n');
    expect(lines).toMatch(/pipe\.yaml: cannot read: not a regular file \(a FIFO\)/);
    expect(lines).toMatch(/zero\.yaml: cannot read: not a regular file \(a character device\)/);
  });

  it('brownout validate on a FIFO ends with exit 1 and the message, not a hang', () => {
    const path = join(dir, 'cli-pipe.yaml');
    fifo(path);
    const run = brownout(['validate', path], dir, 60_000);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('not a regular file (a FIFO)');
  });
});
