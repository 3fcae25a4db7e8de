import { createHash } from 'node:crypto';
import type { EndpointDef } from '../../mocks/types.ts';
import type { Exchange, SettledExchange } from './bridge.ts';
import type { JournalEntry } from './types.ts';

/** sha256 of a raw body, first 16 hex chars; null without a body. */
export function bodyDigest(body: Buffer | null): string | null {
  return body && body.length > 0 ? createHash('sha256').update(body).digest('hex').slice(0, 16) : null;
}

/**
 * Whether a mutation changed the provider's state: its handler ran and answered 2xx without declaring
 * `none` (a replayed idempotency key), whatever the fault then sent the client. Null for reads.
 */
export function tookEffect(mutation: boolean, handled: Exchange['handled']): boolean | null {
  if (!mutation) return null;
  return handled !== null && handled.status >= 200 && handled.status < 300 && handled.effect !== 'none';
}

/** The runtime's request journal: one entry per request, opened on arrival and completed when it settles. */
export class Journal {
  private entries: JournalEntry[] = [];
  private open = new Set<JournalEntry>();
  private seq = 0;

  /** Opens the entry of a request that just arrived (status null until it settles). */
  begin(init: { provider: string; endpoint: EndpointDef | null; method: string; url: URL; at: number }): JournalEntry {
    const query: Record<string, string> = {};
    for (const [key, value] of init.url.searchParams) if (!(key in query)) query[key] = value;
    const entry: JournalEntry = {
      seq: ++this.seq,
      at: init.at,
      provider: init.provider,
      endpoint: init.endpoint?.endpoint ?? null,
      method: init.method,
      path: init.url.pathname,
      query,
      bodyDigest: null,
      fault: null,
      status: null,
      durationMs: 0,
      mutation: init.endpoint?.kind === 'mutation',
      tookEffect: init.endpoint?.kind === 'mutation' ? false : null,
    };
    this.entries.push(entry);
    this.open.add(entry);
    return entry;
  }

  /** Completes an entry: status sent, duration, and whether a mutation took effect. */
  settle(entry: JournalEntry, result: SettledExchange, handled: Exchange['handled']): void {
    entry.status = result.status;
    entry.durationMs = result.durationMs;
    entry.tookEffect = tookEffect(entry.mutation, handled);
    this.open.delete(entry);
  }

  /** Copies of every entry, oldest first; an entry still in flight shows its duration so far. */
  list(now = Date.now()): JournalEntry[] {
    return this.entries.map((entry) => ({
      ...entry,
      query: { ...entry.query },
      fault: entry.fault && { ...entry.fault, ...(entry.fault.details ? { details: { ...entry.fault.details } } : {}) },
      durationMs: this.open.has(entry) ? now - entry.at : entry.durationMs,
    }));
  }

  /** Forgets every entry; numbering starts again from 1. */
  clear(): void {
    this.entries = [];
    this.open.clear();
    this.seq = 0;
  }
}
