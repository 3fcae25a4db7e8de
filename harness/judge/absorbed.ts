import { faultKinds } from '../faults/registry.ts';
import type { JournalEntry } from '../runtime/types.ts';
import { attemptsByRequest, faultedRequestCalls } from './faulted-calls.ts';

/** Whether the product absorbed the fault: every faulted request's last attempt went through. */
export interface Absorption {
  absorbed: boolean;
  /** Attempts of the faulted requests, all together (requests). */
  attempts: number;
  /** When the last of them ended (ms since epoch); null without faulted calls. */
  endedAt: number | null;
  /** One line for the evidence, e.g. `GET /v3/.../query: 3 attempt(s), the last answered 200`. */
  facts: string[];
  /**
   * The faulted reads (requests that change nothing) whose last attempt did not go through: data the product meant
   * to show and could not fetch, whatever a mutation beside them did. One fact line each.
   */
  unrecoveredReads: string[];
}

/** Whether the fault (if any) left the answer as the provider sent it: a late answer is still the answer. */
const intact = (e: JournalEntry) => e.fault === null || (Object.hasOwn(faultKinds, e.fault.kind) && faultKinds[e.fault.kind]!.answerIntact === true);

/**
 * An attempt that went through: a status below 400 with the provider's intact answer (not a 200 whose body a
 * breaking change or a malformed body altered), and for a mutation, a change that took effect.
 */
const wentThrough = (e: JournalEntry) => e.status !== null && e.status < 400 && intact(e) && (!e.mutation || e.tookEffect !== false);

/**
 * Reads the journal for an absorbed fault: each faulted request (with its repeats) ended in an attempt that
 * went through (a retry after an outage, a slow answer under latency). No faulted call: not absorbed.
 * @example absorption(journal) // { absorbed: true, attempts: 2, endedAt: 1733400000123, facts: [...] }
 */
export function absorption(journal: readonly JournalEntry[]): Absorption {
  const calls = faultedRequestCalls([...journal]);
  const requests = attemptsByRequest(calls);
  const facts: string[] = [];
  const unrecoveredReads: string[] = [];
  let absorbed = requests.length > 0;
  for (const attempts of requests) {
    const last = attempts.reduce((a, b) => (b.at >= a.at ? b : a));
    const through = wentThrough(last);
    absorbed &&= through;
    const fact = `${last.method} ${last.path}: ${attempts.length} attempt(s), the last ${last.status === null ? 'got no answer' : `answered ${last.status}`}${last.fault ? ` under ${last.fault.kind}` : ''} after ${last.durationMs} ms`;
    facts.push(fact);
    if (!through && !attempts.some((e) => e.mutation)) unrecoveredReads.push(fact);
  }
  const endedAt = calls.length ? Math.max(...calls.map((e) => e.at + e.durationMs)) : null;
  return { absorbed, attempts: calls.length, endedAt, facts, unrecoveredReads };
}

