/**
 * Merges the journals of one run split over several machines or processes (Playwright `--shard i/n`), or
 * salvages a run that died before writing `results.json` from its `journal.jsonl`, into one run folder that
 * every report reads like any other.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { evidenceFile } from './evidence-path.ts';
import { finalizeRun } from './metrics.ts';
import { readRun, ReportInputError, type LoadedRun } from './read-run.ts';
import type { RunJournal, ScenarioResult } from './results.ts';
import { harnessVersion } from '../version.ts';

/** A run folder with `journal.jsonl` but no `results.json` (the run was killed): read what it finished. */
function salvage(dir: string): LoadedRun {
  const file = join(dir, 'journal.jsonl');
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  // A run killed mid-write leaves its last line without the newline every complete line ends with.
  const torn = !text.endsWith('\n') && lines.at(-1)!.trim() !== '' ? lines.length : undefined;
  const complete = torn ? lines.slice(0, -1) : lines;
  const scenarios = complete.flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [JSON.parse(line) as ScenarioResult];
    } catch {
      throw new ReportInputError(dir, `${file}:${i + 1}: not a JSON line; the file is damaged past this point.`);
    }
  });
  const warnings = torn ? [`brownout: warning: ${file}:${torn}: the last line is cut off (the run was killed while writing it); kept the ${scenarios.length} complete line(s)`] : [];
  const at = statSync(join(dir, 'journal.jsonl')).mtime.toISOString();
  const label = /-(?<label>[^-]+)$/.exec(basename(dir))?.groups?.label ?? 'unlabelled';
  return { dir, warnings, journal: finalizeRun({ id: basename(dir), startedAt: at, finishedAt: at, label, harnessVersion, partial: true }, scenarios) };
}

/** Reads a run for merging: its `results.json`, else what its `journal.jsonl` holds. */
export function readRunOrJournal(path: string): LoadedRun {
  const dir = resolve(path);
  const unfinished = existsSync(dir) && statSync(dir).isDirectory() && !existsSync(join(dir, 'results.json')) && existsSync(join(dir, 'journal.jsonl'));
  return unfinished ? salvage(dir) : readRun(path);
}

/** Options of `mergeRuns`. */
export interface MergeOptions {
  /** Folder to write the merged `results.json` and evidence into. */
  out: string;
  /** `run.label` of the merged run; default the shards' common label (shards with different labels need it). */
  label?: string;
  /** Receives each warning (a torn journal line); default: none printed. */
  warn?: (message: string) => void;
}

/**
 * Merges shard runs into `out`: scenarios of all shards (an id in two shards is an error: the shards overlap),
 * metrics and tallies recomputed, evidence files copied beside the merged journal.
 * @example mergeRuns(['reports/shard-1', 'reports/shard-2'], { out: 'reports/merged' })
 */
export function mergeRuns(paths: string[], options: MergeOptions): RunJournal {
  if (paths.length === 0) throw new ReportInputError('', 'brownout merge needs at least one run folder or results.json.');
  const runs = paths.map(readRunOrJournal);
  for (const warning of runs.flatMap((r) => r.warnings ?? [])) options.warn?.(warning);
  const labels = [...new Set(runs.map((r) => r.journal.run.label))];
  if (!options.label && labels.length > 1) {
    throw new ReportInputError(paths.join(', '), `the runs have different labels (${labels.join(', ')}): they are not shards of one run. Merge runs of one label, or pass --label to name the merged run.`);
  }
  const seen = new Map<string, string>();
  const scenarios: ScenarioResult[] = [];
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  runs.forEach((run, i) => {
    for (const s of run.journal.scenarios) {
      const other = seen.get(s.id);
      if (other !== undefined) throw new ReportInputError(paths[i]!, `scenario ${s.id} is in both ${other} and ${paths[i]}: shards must not overlap.`);
      seen.set(s.id, paths[i]!);
      scenarios.push(s);
      for (const name of [s.evidence.screenshot, s.evidence.trace, s.evidence.crop?.file]) {
        if (!name) continue;
        const found = evidenceFile(run.dir, name);
        if ('problem' in found) throw new ReportInputError(paths[i]!, `scenario ${s.id}: ${found.problem}; nothing was merged.`);
        if ('file' in found && resolve(run.dir) !== out) {
          mkdirSync(dirname(join(out, name)), { recursive: true });
          // COPYFILE_EXCL is not used: a re-merge into the same --out replaces its own earlier copies.
          copyFileSync(found.file, join(out, name));
        }
      }
    }
  });
  const starts = runs.map((r) => r.journal.run.startedAt).sort();
  const ends = runs.map((r) => r.journal.run.finishedAt).sort();
  const partial = runs.some((r) => r.journal.run.partial);
  const info = { id: basename(out), startedAt: starts[0]!, finishedAt: ends[ends.length - 1]!, label: options.label ?? labels[0]!, harnessVersion, mergedFrom: runs.map((r) => r.journal.run.id), ...(partial ? { partial } : {}) };
  const journal = finalizeRun(info, scenarios.sort((a, b) => a.id.localeCompare(b.id)));
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(journal, null, 2)}\n`);
  return journal;
}
