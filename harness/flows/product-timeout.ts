import { MAX_STUCK_MS } from '../input/duration.ts';
import type { Flow } from './types.ts';

/** Time the UI gets after the product's own timeout to tell the user, before a busy indicator counts as stuck (ms). */
export const PRODUCT_TIMEOUT_MARGIN_MS = 2000;
/** The largest `productTimeoutMs` a flow may declare: its stuck threshold must stay within MAX_STUCK_MS. */
const MAX_PRODUCT_TIMEOUT_MS = MAX_STUCK_MS - PRODUCT_TIMEOUT_MARGIN_MS;

/** What is wrong with a flow's `productTimeoutMs` (a sentence), or null when it is absent or valid. */
export function productTimeoutProblem(flow: Flow): string | null {
  const timeout = flow.productTimeoutMs;
  if (timeout === undefined || (typeof timeout === 'number' && Number.isInteger(timeout) && timeout > 0 && timeout <= MAX_PRODUCT_TIMEOUT_MS)) return null;
  return `flow "${flow.name}": productTimeoutMs must be a whole number of ms from 1 to ${MAX_PRODUCT_TIMEOUT_MS} (with the ${PRODUCT_TIMEOUT_MARGIN_MS} ms margin, a stuck threshold of at most ${MAX_STUCK_MS / 1000} s), got ${JSON.stringify(timeout) ?? String(timeout)}`;
}

/** The stuck threshold a flow's declared product timeout sets for its audit drills (ms), or undefined. */
export function promisedStuckMs(flow: Flow | undefined): number | undefined {
  return flow?.productTimeoutMs === undefined ? undefined : flow.productTimeoutMs + PRODUCT_TIMEOUT_MARGIN_MS;
}
