import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkScenarioFlows } from '../config/check-scenarios.ts';
import type { Flow } from '../flows/types.ts';
import { formatProblem } from '../input/format-problem.ts';
import { loadScenarios } from '../scenario/load.ts';
import type { LoadOptions } from '../scenario/registries.ts';

/** The built-in scenarios folder, relative to the working directory so problems stay short. */
const defaultScenariosDir = () => relative(process.cwd(), fileURLToPath(new URL('../../scenarios', import.meta.url))) || '.';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What to validate against beyond the registries: the flows scenarios may name, as `brownout run` has them. */
export interface ValidateOptions extends LoadOptions {
  /** Flows a run would have; when given, an unknown flow or a context contradicting its flow is a problem. */
  flows?: readonly Flow[];
  /** Where `flows` come from, for the message (e.g. `the config brownout.config.ts`). */
  flowsFrom?: string;
}

/**
 * `brownout validate`: loads every scenario file under `paths` (default: the built-in `scenarios/`), prints
 * every problem of every file and a summary line; runs nothing. Exit code 1 when there is any problem or
 * no scenario at all.
 * @example const { output, exitCode } = validateCommand(['scenarios/quickbooks'], { flows: config.flows });
 */
export function validateCommand(paths: readonly string[], options: ValidateOptions = {}): { output: string; exitCode: 0 | 1 } {
  const { flows, flowsFrom = 'the flows given', ...registries } = options;
  // An unknown flow is a problem of the file (at its `flow:` line), reported with the file's other problems.
  const flowNames = flows ? { flowNames: { names: flows.map((f) => f.name), registeredBy: flowsFrom } } : {};
  const loaded = loadScenarios(paths.length ? paths : [defaultScenariosDir()], { ...registries, ...flowNames });
  const { problems, files } = loaded;
  const flowProblems = (scenario: (typeof loaded.scenarios)[number]) => (flows ? checkScenarioFlows([scenario], flows, flowsFrom) : []);
  const scenarios = loaded.scenarios.filter((scenario) => {
    const found = flowProblems(scenario);
    problems.push(...found);
    return found.length === 0;
  });
  // The scenarios of one matrix share their flow: its problem is printed once.
  const lines = [...new Set(problems.map(formatProblem))];
  const badFiles = new Set(problems.map((p) => p.file)).size;
  const valid = `${plural(scenarios.length, 'scenario')} valid`;
  if (lines.length > 0) {
    lines.push(`${plural(lines.length, 'problem')} (in ${plural(badFiles, 'file')}); checked ${plural(files.length, 'file')}, ${valid}; nothing was run`);
    return { output: lines.join('\n'), exitCode: 1 };
  }
  if (scenarios.length === 0) return { output: `no scenarios found in ${paths.join(', ') || 'scenarios'}`, exitCode: 1 };
  return { output: `${valid} in ${plural(files.length, 'file')}`, exitCode: 0 };
}
