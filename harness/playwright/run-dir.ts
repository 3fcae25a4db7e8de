import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
  let dir = join(root, id);
  for (let n = 2; existsSync(dir); n += 1) dir = join(root, `${stamp}.${n}${id.slice(19)}`);
  return dir;
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
