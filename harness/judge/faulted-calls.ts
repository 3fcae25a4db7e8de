import type { JournalEntry } from '../runtime/types.ts';

/** The identity of a request for retry counting: same endpoint, same query, same body. */
export const requestKey = (e: JournalEntry) => `${e.provider} ${e.endpoint} ${JSON.stringify(e.query)} ${e.bodyDigest ?? ''}`;

/**
 * Calls grouped by request (same endpoint, query and body), each group in journal order: one request's attempts.
 * @example attemptsByRequest(journal) // [[first try, retry], [the other query's try]]
 */
export function attemptsByRequest(calls: readonly JournalEntry[]): JournalEntry[][] {
  const groups = new Map<string, JournalEntry[]>();
  for (const c of calls) {
    const key = requestKey(c);
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()];
}

/**
 * The calls that hit a fault and every repeat of those same requests (a retry of a faulted call is itself
 * faulted or not, depending on the fault's schedule). Calls to the same endpoint with another query (the
 * Account list beside a failing Vendor list) are not repeats.
 */
export function faultedRequestCalls(journal: JournalEntry[]): JournalEntry[] {
  const keys = new Set(journal.filter((e) => e.fault !== null).map(requestKey));
  return journal.filter((e) => keys.has(requestKey(e)));
}
