import type { CallPolicy } from './call-policies.ts';
import { authHeaders, shopifyApiVersion, type ProviderAuth } from './provider-auth.ts';
import { ProviderError, SLACK_AUTH_ERRORS, errorCodeOf, parseJson, retryAfterMs } from './provider-error.ts';

/** A provider's cheapest authenticated read, used to tell whether the connection works. */
export interface HealthCheck {
  method: 'GET' | 'POST';
  /** Path and query on the provider's base URL; `{realmId}` is the QuickBooks company, `{shopifyVersion}` Shopify's API version. */
  path: string;
  auth: ProviderAuth;
}

/**
 * Calls a provider's health check once and throws a `ProviderError` when it fails: a 401/403 (or Slack's
 * auth errors) is a revoked connection unless its code says a quota ran out; 429/5xx/no response is temporary.
 */
export async function checkConnection(provider: string, baseUrl: string, check: HealthCheck, realmId: string, signal?: AbortSignal): Promise<void> {
  const url = `${baseUrl.replace(/\/+$/, '')}${check.path.replace('{realmId}', encodeURIComponent(realmId)).replace('{shopifyVersion}', shopifyApiVersion())}`;
  let response: Response;
  try {
    response = await fetch(url, { method: check.method, headers: { ...authHeaders(check.auth), Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ProviderError(provider, `${check.method} ${check.path}: no response (${(error as Error).message})`, null);
  }
  const body = parseJson(await response.text()) as { ok?: boolean; error?: unknown } | undefined;
  const retryAfter = retryAfterMs(response.headers.get('retry-after'));
  if (!response.ok) throw new ProviderError(provider, `${check.method} ${check.path}: HTTP ${response.status}`, response.status, errorCodeOf(body), retryAfter);
  if (provider === 'slack' && body?.ok === false) {
    const code = String(body.error);
    const status = SLACK_AUTH_ERRORS.has(code) ? 401 : code === 'ratelimited' ? 429 : 503;
    throw new ProviderError(provider, `${check.method} ${check.path}: Slack error ${code}`, status, code, retryAfter);
  }
}

/** The health check under a call policy (guided: retried with backoff; legacy: one attempt). */
export function checkWithPolicy(policy: CallPolicy, provider: string, baseUrl: string, check: HealthCheck, realmId: string): Promise<void> {
  return policy.run((signal) => checkConnection(provider, baseUrl, check, realmId, signal));
}
