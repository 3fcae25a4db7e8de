/**
 * The errors brownout raises for a person to read. One base class, so the CLI can tell "the user gave us
 * something wrong" (print the message, exit with `exitCode`) from a bug (print the stack).
 * Subsystems add their own subclass here (a fault error, an expectation failure, ...).
 */
import { formatProblem } from './format-problem.ts';
import type { Problem } from './problem.ts';

/** Exit codes the CLI uses: 1 = a drill or check failed, 2 = the input is invalid and nothing was run. */
export const exitCodes = { failed: 1, invalidInput: 2 } as const;

/** Base of every error meant for a user: `message` is complete and already says what to do. */
export class BrownoutError extends Error {
  override name = 'BrownoutError';
  /** Process exit code the CLI should use for this error. */
  readonly exitCode: number = exitCodes.failed;
}

/**
 * Something a person gave (a file, a flag) is missing or wrong, and nothing was run; `message` names it and says
 * the fix.
 * @example throw new InputError(`brownout: --faults: unknown kind(s) ${unknown}; the matrix has: ${known}.`);
 */
export class InputError extends BrownoutError {
  override name = 'InputError';
  override readonly exitCode: number = exitCodes.invalidInput;
}

/**
 * One or more scenario files are invalid; `problems` holds every problem found, located in its file.
 * @example if (problems.length) throw new ScenarioError(problems);
 */
export class ScenarioError extends BrownoutError {
  override name = 'ScenarioError';
  override readonly exitCode: number = exitCodes.invalidInput;
  constructor(readonly problems: Problem[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`brownout: invalid scenarios (${count}):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
}

/** A guidelines data file (decision tree, copy rules) is missing or breaks its schema. */
export class GuidelinesError extends BrownoutError {
  override name = 'GuidelinesError';
  override readonly exitCode: number = exitCodes.invalidInput;
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`brownout: ${file}: invalid guidelines data:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}
