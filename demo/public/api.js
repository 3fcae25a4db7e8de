// How every page calls the hub's backend. One module for both product versions: `guided` bounds the wait.
import { uxMode } from '/app-config.js';

/** True in the guided product version. */
export const guided = uxMode === 'guided';
/** Backstop only: the guided backend answers within about 4.5 s even when a provider hangs (ms). */
const GUIDED_PAGE_TIMEOUT_MS = 10_000;

/** A failed call to the hub's backend, with the reason the guided backend gives (`unavailable` when none). */
export class ApiError extends Error {
  constructor(status, body) {
    super(`HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.reason = body?.error?.reason ?? 'unavailable';
  }
}

/** Calls the backend and returns its JSON; throws `ApiError` for a non-2xx answer. Legacy waits forever. */
export async function callApi(path, init = {}) {
  const headers = { Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) };
  const signal = guided ? AbortSignal.timeout(GUIDED_PAGE_TIMEOUT_MS) : undefined;
  const response = await fetch(path, { ...init, headers, signal });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** The failure reason of anything thrown by `callApi` (a timeout or network error is `unavailable`). */
export const reasonOf = (error) => (error instanceof ApiError ? error.reason : 'unavailable');

/** `document.getElementById`. */
export const byId = (id) => document.getElementById(id);

/** A new idempotency key (randomUUID exists only in secure contexts; a LAN address over http is not one). */
export function newRequestId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
