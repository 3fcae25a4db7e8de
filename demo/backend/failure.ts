import type { Response } from 'express';
import { ProviderError } from './provider-error.ts';
import { demoWarn } from './log.ts';

/** The demo's two UX modes: the case study's "before" and its prescribed response. */
export type UxMode = 'legacy' | 'guided';

/** Why a 3rd-party call failed, as the guided page is told (never the raw upstream body). */
export type FailureReason = 'unavailable' | 'disconnected' | 'rejected';

/** What the legacy backend answers on any failure, copied from the case study's audit. */
export const LEGACY_ERROR_BODY = { status: 'error', message: 'error processing request when contacting the upstream service' };

/** Display names of the providers, as the pages word them. */
export const INTEGRATION_NAMES: Record<string, string> = {
  quickbooks: 'QuickBooks',
  slack: 'Slack',
  msgraph: 'Microsoft Teams',
  zoom: 'Zoom',
  shopify: 'Shopify',
  salesforce: 'Salesforce',
  'google-sheets': 'Google Sheets',
};

/**
 * Maps a failure to the reason the user is told: only a refused token means the user must act; an outage,
 * a timeout, a throttle or a changed response is temporary trouble on our side of the connection.
 */
export function failureReason(error: unknown): FailureReason {
  if (!(error instanceof ProviderError)) return 'unavailable';
  if (error.authRevoked) return 'disconnected';
  // A retired version (410) or a changed response is our integration's trouble, not something the user did.
  if (error.transient || error.status === 410 || error.code === 'unexpected-shape') return 'unavailable';
  return 'rejected';
}

/** The guided JSON body for a failure: the integration and the reason, nothing from upstream. */
export function guidedFailureBody(provider: string, error: unknown) {
  return { error: { integration: INTEGRATION_NAMES[provider] ?? provider, reason: failureReason(error) } };
}

/**
 * Answers a failed 3rd-party call: legacy with the generic 500 body, guided with a 503 (temporary) or
 * 502 (the user must act) holding only what the page can word for a user. Details go to the server log.
 */
export function sendFailure(res: Response, mode: UxMode, provider: string, call: string, error: unknown): void {
  demoWarn(`${provider} ${call} failed: ${(error as Error)?.message ?? error}`);
  if (res.headersSent || res.writableEnded) return;
  if (mode === 'legacy') {
    res.status(500).json(LEGACY_ERROR_BODY);
    return;
  }
  const body = guidedFailureBody(provider, error);
  res.status(body.error.reason === 'unavailable' ? 503 : 502).json(body);
}
