/**
 * Progress of a run while Playwright works: drills done / total with an ETA, counted from the lines of the
 * run's `journal.jsonl` (one per finished drill), drawn with cli-progress (a bar on a terminal, a line every
 * 10 s in CI logs).
 */
import { existsSync, readFileSync } from 'node:fs';
import cliProgress from 'cli-progress';

// cli-progress is CommonJS: Node's ESM loader sees only some of its names, so take them from the default export.
const { Format, SingleBar } = cliProgress;

const count = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).length : 0);

/**
 * Starts watching `journalFile` (`expectedMs`: the run's expected length, shown until a rate is measured); returns `stop()`, which draws the final count and releases the terminal.
 * @example const stop = watchProgress(join(runDir, 'journal.jsonl'), scenarios.length); await run; stop();
 */
export function watchProgress(journalFile: string, total: number, label = 'drills', expectedMs?: number): () => void {
  const clock = (at: number) => new Date(at).toTimeString().slice(0, 8);
  const bar = new SingleBar({
    // Before the first drill ends there is no rate to extrapolate: the expected end (from the drills' expected
    // lengths and the workers) when known, else say so instead of an infinite ETA.
    format: (options, params) => {
      const bar = Format.BarFormat(params.progress, options);
      const elapsed = Format.TimeFormat(Math.round((Date.now() - params.startTime) / 1000), options, 1);
      const measured = params.value > 0 && Number.isFinite(params.eta);
      const eta = measured ? `ETA ${Format.TimeFormat(params.eta, options, 1)} (ends ~${clock(Date.now() + params.eta * 1000)})` : expectedMs ? `expected to end ~${clock(params.startTime + expectedMs)}` : 'ETA after the first drill';
      return `  ${bar} ${params.value}/${params.total} ${label} · ${elapsed} elapsed · ${eta}`;
    },
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
