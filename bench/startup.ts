import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Start time and memory of every registered provider, the median of `runs` fresh processes. */
export interface StartupFigures {
  providers: number;
  /** Importing the providers and the runtime (ms). */
  importMs: number;
  /** `startMockRuntime()` for all of them (ms). */
  startMs: number;
  /** Process start to every provider listening, tsx loading included (ms). */
  uptimeMs: number;
  rssMb: number;
  rssAddedMb: number;
  heapUsedAddedMb: number;
}

const probe = fileURLToPath(new URL('./startup-probe.ts', import.meta.url));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs the startup probe `runs` times (each a fresh node process, at most 30 s) and keeps each figure's median. */
export function measureStartup(runs = 3): StartupFigures {
  const samples = Array.from({ length: runs }, () =>
    JSON.parse(execFileSync(process.execPath, ['--expose-gc', '--import', import.meta.resolve('tsx'), probe], { encoding: 'utf8', timeout: 30_000 }).trim().split('\n').at(-1)!) as StartupFigures,
  );
  const keys = Object.keys(samples[0]!) as (keyof StartupFigures)[];
  return Object.fromEntries(keys.map((key) => [key, median(samples.map((s) => s[key]))])) as unknown as StartupFigures;
}
