import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Figures } from './score.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
/** The record of when each library's pages were first judged, and by which judge. */
export const holdoutLogFile = fileURLToPath(new URL('./holdout-log.json', import.meta.url));
/** Sources whose content is "the judge" for the record: the observer, classifier, lexicons and rules. */
const judgeSources = ['harness/judge', 'harness/guidelines'];

/** The figures of a library's first judgement, and the judge that gave them. */
export interface FirstSight extends Figures {
  at: string;
  /** The branch's commit at the time; the judge sources may have held uncommitted work (see `judgeDirty`). */
  head: string;
  judgeDirty: boolean;
  /** sha256 of every judge source file, so the record names the exact judge even when it was uncommitted. */
  judgeFingerprint: string;
  /** 1-minute load average when measured. */
  load: number;
}

/** One library's entry: held out from the rules' development until its first sight was recorded, or not. */
export interface HoldoutEntry {
  heldOut: boolean;
  /** What the rules' author could see before the first sight (a sentence for the note). */
  note: string;
  firstSight: FirstSight | null;
}

/** The whole log: the procedure in words and one entry per library. */
export interface HoldoutLog {
  procedure: string;
  libraries: Record<string, HoldoutEntry>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The fingerprint of the judge's sources as they are on disk now. */
export function judgeFingerprint(): { head: string; dirty: boolean; fingerprint: string } {
  const hash = createHash('sha256');
  for (const file of judgeSources.flatMap((d) => filesUnder(join(repo, d)))) hash.update(file.slice(repo.length)).update(readFileSync(file));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  return { head: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain', '--', ...judgeSources) !== '', fingerprint: hash.digest('hex') };
}

/** Reads the log (every library present, `firstSight` null until recorded). */
export function readHoldoutLog(): HoldoutLog {
  if (!existsSync(holdoutLogFile)) throw new Error(`gallery: ${holdoutLogFile} is missing; it records which libraries were held out from the judge's tuning`);
  return JSON.parse(readFileSync(holdoutLogFile, 'utf8')) as HoldoutLog;
}

/**
 * Records a library's first-sight figures, once: a library that already has them keeps them (the point of the
 * record is that it cannot be redone after the rules have seen the pages). Returns whether it recorded.
 */
export function recordFirstSight(library: string, figures: Figures): boolean {
  const log = readHoldoutLog();
  const entry = log.libraries[library];
  if (!entry) throw new Error(`gallery: ${holdoutLogFile} has no entry for library "${library}" (it has: ${Object.keys(log.libraries).join(', ')}); add one before measuring it`);
  if (entry.firstSight) return false;
  const judge = judgeFingerprint();
  entry.firstSight = { ...figures, at: new Date().toISOString(), head: judge.head, judgeDirty: judge.dirty, judgeFingerprint: judge.fingerprint, load: Number(loadavg()[0]!.toFixed(1)) };
  writeFileSync(holdoutLogFile, `${JSON.stringify(log, null, 2)}\n`);
  return true;
}

/**
 * The leave-one-library-out figure: every library's pages as first judged, before the rules saw them, pooled;
 * `heldOutOnly`: only the libraries written after the rules were developed on the others. Null without a first sight.
 */
export function leaveOneLibraryOut(log: HoldoutLog, options: { heldOutOnly?: boolean } = {}): (Figures & { libraries: string[] }) | null {
  const seen = Object.entries(log.libraries).filter(([, e]) => e.firstSight && (!options.heldOutOnly || e.heldOut));
  if (seen.length === 0) return null;
  const sum = (pick: (f: FirstSight) => number) => seen.reduce((n, [, e]) => n + pick(e.firstSight!), 0);
  const correct = sum((f) => f.correct);
  const total = sum((f) => f.total);
  return {
    libraries: seen.map(([name]) => name), correct, total, accuracy: total ? correct / total : 0,
    falsePasses: sum((f) => f.falsePasses), falseFails: sum((f) => f.falseFails), goodPages: sum((f) => f.goodPages),
  };
}
