/**
 * The CLI's one error boundary. A command returns its exit code or throws; what it throws becomes the exit
 * code here, read from the error hierarchy (`harness/input/errors.ts`) instead of mapped by hand per command.
 */
import { BrownoutError, exitCodes } from '../input/errors.ts';

/**
 * Runs one command and sets `process.exitCode`: the number it returns (none = 0); for a `BrownoutError` (the
 * input was wrong) its message, which already says what to do, and its `exitCode`; for anything else (a bug, or
 * the machine: a full disk) the stack and exit 1.
 * @example program.command('merge').action((runs, o) => runAction(() => mergeCommand(runs, o)))
 */
export async function runAction(command: () => number | void | Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await command()) ?? 0;
  } catch (error) {
    if (error instanceof BrownoutError) {
      console.error(error.message);
      process.exitCode = error.exitCode;
      return;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = exitCodes.failed;
  }
}
