/** Why a call to a 3rd party failed, with what the retry policies and the routes need to decide. */
export class ProviderError extends Error {
  override readonly name: string = 'ProviderError';

  constructor(
    /** Provider slug, e.g. `quickbooks`. */
    readonly provider: string,
    message: string,
    /** HTTP status, or null when no response came back (connection refused, reset, unreadable body). */
    readonly status: number | null,
    /** The provider's own error code, when it sent one (QuickBooks `Fault.Error[].code`, Slack `error`, ...). */
    readonly code: string | null = null,
    /** The `Retry-After` the response asked for (ms), or null. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }

  /** Whether trying again later may succeed: no response, throttled, or a server-side failure. */
  get transient(): boolean {
    return this.status === null || this.status === 429 || this.status >= 500;
  }

  /** Whether the provider refused our credentials: the user (an admin) must reconnect. */
  get authRevoked(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/** Parses a response body as JSON, or undefined when it is not JSON (a truncated or HTML body). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
