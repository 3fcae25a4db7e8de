/**
 * Error codes that mean a quota or rate limit, whatever the status: Salesforce answers its org's API limit with
 * 403 REQUEST_LIMIT_EXCEEDED, Google with 403 rateLimitExceeded / 429 RESOURCE_EXHAUSTED, Slack with `ratelimited`.
 */
const RATE_LIMIT_CODES = new Set(['REQUEST_LIMIT_EXCEEDED', 'rateLimitExceeded', 'userRateLimitExceeded', 'RESOURCE_EXHAUSTED', 'ratelimited']);

/** Slack's platform errors (HTTP 200, `ok:false`) that mean the token no longer works. */
export const SLACK_AUTH_ERRORS = new Set(['invalid_auth', 'token_revoked', 'account_inactive', 'not_authed', 'token_expired']);

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

  /** Whether the provider is throttling us: a 429, or a 403 whose code says a quota ran out (Salesforce's API limit). */
  get throttled(): boolean {
    return this.status === 429 || (this.code !== null && RATE_LIMIT_CODES.has(this.code));
  }

  /** Whether trying again later may succeed: no response, throttled, or a server-side failure. */
  get transient(): boolean {
    return this.status === null || this.throttled || this.status >= 500;
  }

  /** Whether the provider refused our credentials: the user (an admin) must reconnect. A spent quota is not that. */
  get authRevoked(): boolean {
    return (this.status === 401 || this.status === 403) && !this.throttled;
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

/** The provider's own error code in an error body (Salesforce `[{errorCode}]`, Google `error.status`, Slack `error`, ...), or null. */
export function errorCodeOf(json: unknown): string | null {
  if (Array.isArray(json)) return String((json[0] as { errorCode?: unknown })?.errorCode ?? '') || null;
  const body = json as { error?: unknown; code?: unknown; errors?: unknown } | undefined;
  if (body?.error && typeof body.error === 'object') return String((body.error as { code?: unknown; status?: unknown }).status ?? (body.error as { code?: unknown }).code ?? '') || null;
  if (typeof body?.error === 'string') return body.error;
  if (body?.code !== undefined) return String(body.code);
  return null;
}
