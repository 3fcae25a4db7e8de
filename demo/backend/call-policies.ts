import { setTimeout as sleep } from 'node:timers/promises';
import {
  DelegateBackoff,
  TimeoutStrategy,
  handleWhen,
  isTaskCancelledError,
  retry,
  timeout,
  wrap,
  type IRetryBackoffContext,
} from 'cockatiel';
import { ProviderError } from './provider-error.ts';

/** How the backend runs one logical call to a 3rd party (one user action), however many requests that takes; one per provider. */
export interface CallPolicy {
  run<T>(call: (signal: AbortSignal | undefined) => Promise<T>): Promise<T>;
  /** Forgets what the provider asked for earlier (a pending Retry-After). */
  reset?(): void;
}

/** Tuning of `boundedRetries`. */
export interface RetryTuning {
  /** Extra attempts after the first (requests). */
  retries: number;
  /** Delay before the first retry, doubled for each next one (ms). */
  initialBackoffMs: number;
  /** Each attempt is abandoned after this long (ms). */
  attemptTimeoutMs: number;
  /** The whole call, retries and waits included, is abandoned after this long (ms). */
  overallTimeoutMs: number;
}

/** Defaults for the guided mode: 3 requests at most, answered within 4.5 s even when a provider hangs. */
export const GUIDED_RETRY_TUNING: RetryTuning = { retries: 2, initialBackoffMs: 300, attemptTimeoutMs: 1500, overallTimeoutMs: 4500 };

/** The legacy behaviour: one request, no timeout, no retry. */
export const singleAttempt: CallPolicy = { run: (call) => call(undefined) };

/**
 * Retries transient failures (no response, 429, 5xx, an attempt timing out) with doubling delays,
 * waits at least as long as a `Retry-After` asks, and bounds each attempt and the whole call in time.
 */
export function boundedRetries(tuning: RetryTuning = GUIDED_RETRY_TUNING): CallPolicy {
  const retryable = (error: unknown): boolean => {
    if (isTaskCancelledError(error)) return true;
    if (!(error instanceof ProviderError) || !error.transient) return false;
    // Waiting out a Retry-After longer than the whole budget only delays the same answer.
    return (error.retryAfterMs ?? 0) < tuning.overallTimeoutMs;
  };
  // Deterministic doubling (no jitter) so the gaps visibly grow; one user's call needs no de-synchronising.
  // A Retry-After is the first delay, doubled for each next one, so it is waited out in full and the gaps still grow.
  const backoff = new DelegateBackoff<IRetryBackoffContext<unknown>>((context) => {
    const doubling = tuning.initialBackoffMs * 2 ** (context.attempt - 1);
    const failure = 'error' in context.result ? context.result.error : undefined;
    const asked = failure instanceof ProviderError ? (failure.retryAfterMs ?? 0) : 0;
    return asked > 0 ? Math.max(asked, tuning.initialBackoffMs) * 2 ** (context.attempt - 1) : doubling;
  });
  const policy = wrap(
    timeout(tuning.overallTimeoutMs, TimeoutStrategy.Aggressive),
    retry(handleWhen(retryable), { maxAttempts: tuning.retries, backoff }),
    timeout(tuning.attemptTimeoutMs, TimeoutStrategy.Aggressive),
  );
  // A throttled provider is throttled for every call, not only the one that got the 429: until its Retry-After
  // has passed, every call through this policy (one policy per provider) waits before it is sent.
  let notBefore = 0;
  const gated = async <T>(call: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> => {
    const wait = notBefore - Date.now();
    // Asked to stay away longer than a user can wait: answer now instead of holding the user for nothing.
    if (wait > tuning.overallTimeoutMs) throw new ProviderError('throttled', `held back by an earlier Retry-After for ${wait} ms more`, 429, null, wait);
    if (wait > 0) await sleep(wait, undefined, { signal });
    try {
      return await call(signal);
    } catch (error) {
      if (error instanceof ProviderError && error.retryAfterMs) notBefore = Math.max(notBefore, Date.now() + error.retryAfterMs);
      throw error;
    }
  };
  return { run: (call) => policy.execute(({ signal }) => gated(call, signal)), reset: () => { notBefore = 0; } };
}
