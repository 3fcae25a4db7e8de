import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Folder under which runs are written (`reports/` of the project unless BROWNOUT_REPORTS_DIR says otherwise). */
export const reportsRoot = () => resolve(process.env.BROWNOUT_REPORTS_DIR ?? 'reports');

/** A sortable, readable run id: `2026-11-28T15-02-11-legacy`. */
export function newRunId(label: string, now = new Date()): string {
  return `${now.toISOString().slice(0, 19).replace(/:/g, '-')}-${label.replace(/[^\w-]+/g, '-')}`;
}

/**
 * A run folder under `root` that does not exist yet: `<time>-<label>`, or `<time>.2-<label>`, `<time>.3-<label>`...
 * when runs start within the same second (the label stays last, where `brownout merge` reads it).
 */
export function freshRunDir(root: string, label: string, now = new Date()): string {
  const id = newRunId(label, now);
  const stamp = id.slice(0, 19);
  mkdirSync(root, { recursive: true });
  // mkdir without `recursive` fails when the folder exists: of two runs racing for a name, one gets it.
  for (let n = 1; ; n += 1) {
    const dir = join(root, n === 1 ? id : `${stamp}.${n}${id.slice(19)}`);
    try {
      mkdirSync(dir);
      return dir;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Points `<reports>/latest` at `runDir` in one step: a new symlink renamed over the old one, so a reader
 * (or a concurrent run) never sees a half-copied or mixed `latest`. A `latest` folder from an older
 * version is moved aside first.
 */
export function publishLatest(runDir: string): void {
  const root = dirname(runDir);
  const latest = join(root, 'latest');
  const temporary = join(root, `.latest-${process.pid}-${randomBytes(6).toString('hex')}`);
  symlinkSync(basename(runDir), temporary);
  try {
    renameSync(temporary, latest);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOTDIR') throw error;
    const aside = `${temporary}-old`;
    try {
      renameSync(latest, aside);
    } catch (raced) {
      // Another run moved the old folder aside first: only the rename below is left to do.
      if ((raced as NodeJS.ErrnoException).code !== 'ENOENT') throw raced;
    }
    renameSync(temporary, latest);
    rmSync(aside, { recursive: true, force: true });
  }
}

/**
 * The current run's folder. The CLI (or playwright.config.ts, once, in the main process) sets BROWNOUT_RUN_DIR
 * so that every worker writes into the same folder.
 */
export function runDirFromEnv(): string {
  const dir = process.env.BROWNOUT_RUN_DIR;
  if (!dir) throw new Error('brownout: BROWNOUT_RUN_DIR is not set; run through `brownout run` or playwright.config.ts');
  return dir;
}
