import { BrownoutError, exitCodes } from '../input/errors.ts';
import { formatProblem } from '../input/format-problem.ts';
import type { Problem } from '../scenario/types.ts';

/**
 * A config file is missing, unreadable, or says something brownout cannot do; `problems` holds every one,
 * located in the file (line 0 when the file is a module, whose values have no source position).
 * @example throw new ConfigError([{ file, line: 3, col: 9, path: 'providers.use[0]', message: 'unknown provider "slak"' }]);
 */
export class ConfigError extends BrownoutError {
  override name = 'ConfigError';
  override readonly exitCode: number = exitCodes.invalidInput;
  constructor(readonly problems: Problem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`brownout: invalid config (${count}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
}

/**
 * The product under test could not be started or never became ready; the message says which, what it
 * printed last, and what to fix. The product's processes are already gone when this is thrown.
 */
export class ProductStartError extends BrownoutError {
  override name = 'ProductStartError';
  override readonly exitCode: number = exitCodes.invalidInput;
}
