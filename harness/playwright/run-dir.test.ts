import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshRunDir } from './run-dir.ts';

describe('freshRunDir', () => {
  const now = new Date('2026-11-29T06:55:01.123Z');

  it('names the run by its start time and label', () => {
    expect(basename(freshRunDir(mkdtempSync(join(tmpdir(), 'runs-')), 'legacy', now))).toBe('2026-11-29T06-55-01-legacy');
  });

  it('never reuses the folder of a run started in the same second, keeping the label last', () => {
    const root = mkdtempSync(join(tmpdir(), 'runs-'));
    mkdirSync(join(root, '2026-11-29T06-55-01-legacy'));
    mkdirSync(join(root, '2026-11-29T06-55-01.2-legacy'));
    expect(basename(freshRunDir(root, 'legacy', now))).toBe('2026-11-29T06-55-01.3-legacy');
  });
});
