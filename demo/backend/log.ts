/**
 * The demo backend's own log of failed provider calls (what a real product's server log would say). Quiet when
 * `BROWNOUT_DEMO_LOG=0`: `brownout run` sets it unless `--verbose`, so drills' progress output stays readable.
 */
export function demoWarn(message: string): void {
  if (process.env.BROWNOUT_DEMO_LOG !== '0') console.warn(`[demo] ${message}`);
}
