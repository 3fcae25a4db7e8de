/**
 * Progress of a run while Playwright works: drills done / total with an ETA, counted from the lines of the
 * run's `journal.jsonl` (one per finished drill), drawn with cli-progress (a bar on a terminal, a line every
 * 10 s in CI logs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';

const count = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).length : 0);

/**
 * Starts watching `journalFile`; returns `stop()`, which draws the final count and releases the terminal.
 * @example const stop = watchProgress(join(runDir, 'journal.jsonl'), scenarios.length); await run; stop();
 */
export function watchProgress(journalFile: string, total: number, label = 'drills'): () => void {
  const bar = new SingleBar({
    format: `  {bar} {value}/{total} ${label} · {duration_formatted} elapsed · ETA {eta_formatted}`,
    stream: process.stderr,
    noTTYOutput: true,
    notTTYSchedule: 10_000,
    etaBuffer: 20,
    hideCursor: true,
    barsize: 24,
  });
  bar.start(total, 0);
  const timer = setInterval(() => bar.update(Math.min(count(journalFile), total)), 1000);
  return () => {
    clearInterval(timer);
    bar.update(Math.min(count(journalFile), total));
    bar.stop();
  };
}
