import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from './format-problem.ts';
import { loadScenarios } from './load.ts';
import type { LoadOptions } from './registries.ts';

/** The built-in scenarios folder, relative to the working directory so problems stay short. */
const defaultScenariosDir = () => relative(process.cwd(), fileURLToPath(new URL('../../scenarios', import.meta.url))) || '.';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `brownout validate`: loads every scenario file under `paths` (default: the built-in `scenarios/`), prints
 * every problem of every file and a summary line; runs nothing. Exit code 1 when there is any problem or
 * no scenario at all.
 * @example const { output, exitCode } = validateCommand(['scenarios/quickbooks']);
 */
export function validateCommand(paths: readonly string[], options?: LoadOptions): { output: string; exitCode: 0 | 1 } {
  const { scenarios, problems, files } = loadScenarios(paths.length ? paths : [defaultScenariosDir()], options);
  const lines = problems.map(formatProblem);
  const badFiles = new Set(problems.map((p) => p.file)).size;
  const valid = `${plural(scenarios.length, 'scenario')} valid`;
  if (problems.length > 0) {
    lines.push(`${plural(problems.length, 'problem')} (in ${plural(badFiles, 'file')}); checked ${plural(files.length, 'file')}, ${valid}; nothing was run`);
    return { output: lines.join('\n'), exitCode: 1 };
  }
  if (scenarios.length === 0) return { output: `no scenarios found in ${paths.join(', ') || 'scenarios'}`, exitCode: 1 };
  return { output: `${valid} in ${plural(files.length, 'file')}`, exitCode: 0 };
}
