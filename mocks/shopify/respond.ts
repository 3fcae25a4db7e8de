import { randomUUID } from 'node:crypto';
import { sendTimeVars } from '../kit/dialect.ts';
import { createResponder } from '../kit/responder.ts';
import dialectJson from './dialect.json' with { type: 'json' };
import { LIMITS, type ShopState } from './store.ts';
import { apiVersions, type ServedVersion } from './versions.ts';

/**
 * How Shopify answers (REST and GraphQL): its error dialect, with a request id and the oldest supported API
 * version (where removed ones fall to) as send-time values.
 */
export const respond = createResponder({
  name: 'shopify',
  dialect: dialectJson,
  contentType: 'application/json; charset=utf-8',
  vars: () => {
    const now = new Date();
    return { ...sendTimeVars(now), oldestVersion: apiVersions(now).stable[0]! };
  },
});

/** A token is refused when missing or when it starts with `revoked` (how tests and drills say "revoked"). */
export function isRevokedToken(token: string | null): boolean {
  return !token || /^revoked/i.test(token);
}

/**
 * Takes one call from the REST leaky bucket (40 calls, leaking 2 per second): the new level (calls), or null when
 * the bucket is full and Shopify answers 429.
 */
export function takeRestCall(state: ShopState, now = Date.now()): number | null {
  const drained = Math.max(0, state.rest.level - ((now - state.rest.at) / 1000) * LIMITS.restLeakPerSecond);
  state.rest = { level: drained, at: now };
  if (drained + 1 > LIMITS.restBucket) return null;
  state.rest.level = drained + 1;
  return Math.ceil(state.rest.level);
}

/** Headers Shopify puts on every answer of a resolved version: the version served and, after a fall-forward, why. */
export function versionHeaders(version: ServedVersion): Record<string, string> {
  const headers: Record<string, string> = { 'X-Shopify-API-Version': version.served, 'X-Request-Id': randomUUID() };
  if (version.fellForward) headers['X-Shopify-API-Deprecated-Reason'] = 'https://shopify.dev/api/usage/versioning#deprecation-practices';
  return headers;
}

/** Shopify's REST validation answer: 422 `{"errors":{"field":["message"]}}`. */
export function unprocessable(errors: Record<string, string[]>): Response {
  return Response.json({ errors }, { status: 422 });
}
