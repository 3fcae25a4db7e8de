/**
 * The demo backend's own log of failed provider calls (what a real product's server log would say). Under
 * `brownout run` it is the product's output: shown with `--verbose`, and in the error when the product fails.
 */
export function demoWarn(message: string): void {
  console.warn(`[demo] ${message}`);
}
