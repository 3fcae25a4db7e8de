import integrations from '../integrations.json' with { type: 'json' };
import { authHeaders, type ProviderAuth } from './provider-auth.ts';
import { ProviderError, SLACK_AUTH_ERRORS, errorCodeOf, parseJson, retryAfterMs } from './provider-error.ts';

/** Slack's platform errors that are temporary on Slack's side. */
const SLACK_TRANSIENT_ERRORS = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

/** One request to a provider: method, path (with query) on its base URL, optional JSON body. */
export interface ProviderRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/**
 * A small JSON client for one provider, speaking its error dialect: a non-2xx status, or Slack's `ok:false`, becomes
 * a `ProviderError` with the status, the provider's code and its Retry-After; no response becomes status null.
 */
export function createProviderHttp(provider: string, baseUrl: string | undefined) {
  const auth = integrations.find((i) => i.slug === provider)?.health.auth as ProviderAuth | undefined;
  if (!auth) throw new Error(`brownout: demo/integrations.json has no provider "${provider}"; known: ${integrations.map((i) => i.slug).join(', ')}`);
  // An unset base URL gets an address nothing listens on: the hub then shows the provider as unreachable.
  const root = (baseUrl ?? 'http://127.0.0.1:9').replace(/\/+$/, '');
  return async function request<T = unknown>({ method, path, body, signal, headers = {} }: ProviderRequest): Promise<T> {
    let response: Response;
    try {
      response = await fetch(`${root}${path}`, {
        method,
        headers: { ...authHeaders(auth), Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ProviderError(provider, `${method} ${path}: no response (${(error as Error).message})`, null);
    }
    const json = parseJson(await response.text()) as Record<string, unknown> | undefined;
    const retryAfter = retryAfterMs(response.headers.get('retry-after'));
    if (!response.ok) throw new ProviderError(provider, `${method} ${path}: HTTP ${response.status}`, response.status, errorCodeOf(json), retryAfter);
    if (json === undefined && response.status !== 204) throw new ProviderError(provider, `${method} ${path}: unreadable body`, null);
    if (provider === 'slack' && json?.ok === false) {
      const code = String(json.error);
      const status = SLACK_AUTH_ERRORS.has(code) ? 401 : code === 'ratelimited' ? 429 : SLACK_TRANSIENT_ERRORS.has(code) ? 503 : 400;
      throw new ProviderError(provider, `${method} ${path}: Slack error ${code}`, status, code, retryAfter);
    }
    return json as T;
  };
}

/** The request function `createProviderHttp` returns. */
export type ProviderHttp = ReturnType<typeof createProviderHttp>;
