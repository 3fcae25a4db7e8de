/**
 * Evidence paths (screenshots, traces) come from a journal, which may come from another machine: each must
 * name a regular file inside its run folder, by plain names (no `..`, no absolute path), through no symlink.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { escapeControl } from '../escape-control.ts';

const PLAIN_NAME = /^[\w.-]+$/;

/** The evidence file to read, `missing` when it is simply not there, or why it must not be read. */
export type EvidenceFile = { file: string } | { missing: true } | { problem: string };

/**
 * Resolves `name` (from a journal) inside `runDir`, refusing traversal, absolute paths and symlinks.
 * @example evidenceFile('reports/run-1', '../../victim.txt') // { problem: 'evidence path "../../victim.txt" ...' }
 */
export function evidenceFile(runDir: string, name: string): EvidenceFile {
  const segments = name.split('/');
  if (!segments.every((s) => PLAIN_NAME.test(s) && s !== '.' && s !== '..')) {
    return { problem: `evidence path "${escapeControl(name)}" is not a plain file name inside the run folder (letters, digits, . _ -; no .. or absolute path)` };
  }
  const file = join(runDir, name);
  let stats;
  try {
    stats = lstatSync(file);
  } catch {
    return { missing: true };
  }
  if (stats.isSymbolicLink()) return { problem: `evidence file "${escapeControl(name)}" is a symlink; evidence must be a file of the run folder itself` };
  if (!stats.isFile()) return { problem: `evidence path "${escapeControl(name)}" is not a regular file` };
  // A symlinked folder on the way would lead out of the run folder too.
  const root = realpathSync(runDir);
  if (!realpathSync(file).startsWith(root + sep)) return { problem: `evidence path "${escapeControl(name)}" leads out of the run folder through a symlink` };
  return { file };
}
