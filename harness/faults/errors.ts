import { BrownoutError, exitCodes } from '../input/errors.ts';

/** A fault that cannot be applied as declared (unknown kind, bad params, unknown provider or endpoint). */
export class FaultError extends BrownoutError {
  override name = 'FaultError';
  override readonly exitCode: number = exitCodes.invalidInput;

  constructor(
    message: string,
    /** Index of the fault in the applied list, when one is at fault. */
    readonly index?: number,
  ) {
    super(`brownout: ${message}`);
  }
}
