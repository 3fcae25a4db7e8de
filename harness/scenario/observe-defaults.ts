/**
 * The scenario language's observation thresholds (ms) when a scenario names none; a config's `observe`
 * replaces them, a scenario's own values win. The quiet period is short because it is not the only condition:
 * the observer also waits for page requests, provider calls, short timers and animations to end (and the judge
 * galleries are measured at 200 ms).
 */
export const OBSERVE_DEFAULTS = { stuckMs: 8000, settleMs: 250 } as const;
