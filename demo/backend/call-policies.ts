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
import { QuickBooksError } from './quickbooks-client.ts';

/** How the backend runs one logical call to a 3rd party (one user action), however many requests that takes. */
export interface CallPolicy {
  run<T>(call: (signal: AbortSignal | undefined) => Promise<T>): Promise<T>;
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

/** Defaults for the guided mode: 3 requests at most, answered within 6 s even when QuickBooks hangs. */
export const GUIDED_RETRY_TUNING: RetryTuning = { retries: 2, initialBackoffMs: 200, attemptTimeoutMs: 2000, overallTimeoutMs: 6000 };

/** The legacy behaviour: one request, no timeout, no retry. */
export const singleAttempt: CallPolicy = { run: (call) => call(undefined) };

/**
 * Retries transient failures (no response, 429, 5xx, an attempt timing out) with doubling delays,
 * waits at least as long as a `Retry-After` asks, and bounds each attempt and the whole call in time.
 */
export function boundedRetries(tuning: RetryTuning = GUIDED_RETRY_TUNING): CallPolicy {
  const retryable = (error: unknown): boolean => {
    if (isTaskCancelledError(error)) return true;
    if (!(error instanceof QuickBooksError) || !error.transient) return false;
    // Waiting out a Retry-After longer than the whole budget only delays the same answer.
    return (error.retryAfterMs ?? 0) < tuning.overallTimeoutMs;
  };
  // Deterministic doubling (no jitter) so the gaps visibly grow; one user's call needs no de-synchronising.
  const backoff = new DelegateBackoff<IRetryBackoffContext<unknown>>((context) => {
    const doubling = tuning.initialBackoffMs * 2 ** (context.attempt - 1);
    const failure = 'error' in context.result ? context.result.error : undefined;
    const asked = failure instanceof QuickBooksError ? (failure.retryAfterMs ?? 0) : 0;
    return Math.max(doubling, asked);
  });
  const policy = wrap(
    timeout(tuning.overallTimeoutMs, TimeoutStrategy.Aggressive),
    retry(handleWhen(retryable), { maxAttempts: tuning.retries, backoff }),
    timeout(tuning.attemptTimeoutMs, TimeoutStrategy.Aggressive),
  );
  return { run: (call) => policy.execute(({ signal }) => call(signal)) };
}
