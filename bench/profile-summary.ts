/**
 * Prints the functions with the most self time in a V8 CPU profile (`node --cpu-prof`), e.g. the one
 * `BENCH_CPU_PROF=1 npm run bench` writes: `tsx bench/profile-summary.ts reports/bench-profiles/<file>.cpuprofile [top] [--by-file]`
 * (`--by-file` sums self time per source file instead of per function).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  /** Microseconds since the previous sample. */
  timeDeltas: number[];
}

const byFile = process.argv.includes('--by-file');
const [file, top = '15'] = process.argv.slice(2).filter((a) => a !== '--by-file');
if (!file) {
  console.error('brownout bench: usage: tsx bench/profile-summary.ts <file.cpuprofile> [top] [--by-file]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<string, number>();
let totalUs = 0;
profile.samples.forEach((id, i) => {
  const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
  const where = url.split('/').slice(-2).join('/');
  const key = byFile ? where || `(${functionName || 'native'})` : `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  const delta = profile.timeDeltas[i] ?? 0;
  totalUs += delta;
  selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
});
for (const [key, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${((us / totalUs) * 100).toFixed(1).padStart(5)} %  ${key}`);
}
