import type { JournalEntry } from '../runtime/types.ts';

/** The identity of a request for retry counting: same endpoint, same query, same body. */
export const requestKey = (e: JournalEntry) => `${e.provider} ${e.endpoint} ${JSON.stringify(e.query)} ${e.bodyDigest ?? ''}`;

/**
 * The calls that hit a fault and every repeat of those same requests (a retry of a faulted call is itself
 * faulted or not, depending on the fault's schedule). Calls to the same endpoint with another query (the
 * Account list beside a failing Vendor list) are not repeats.
 */
export function faultedRequestCalls(journal: JournalEntry[]): JournalEntry[] {
  const keys = new Set(journal.filter((e) => e.fault !== null).map(requestKey));
  return journal.filter((e) => keys.has(requestKey(e)));
}
