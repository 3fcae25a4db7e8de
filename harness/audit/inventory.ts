/** The audit's inventory: which provider calls each flow makes, read from the mock journal of a healthy run. */
import { readFileSync } from 'node:fs';

/** One flow's healthy run, as the inventory spec writes it (one JSON line per flow). */
export interface InventoryLine {
  flow: string;
  /**
   * `query`: the request's query fields, which tell one endpoint's calls apart (the payee vs the account query).
   * `beforeAction`: made before the flow's `markAction()` (the page loading what the user then acts on).
   */
  calls: { provider: string; endpoint: string; mutation: boolean; status: number | null; query?: Record<string, unknown>; beforeAction?: boolean }[];
  /** Requests no catalogue entry matched (`provider METHOD /path`): the catalogue is missing an endpoint. */
  unmatched: string[];
  /** Why the healthy run of the flow failed (its calls are then not inventoried, so not drilled). */
  error?: string;
}

/** One API call a flow depends on. */
export interface ApiCall {
  flow: string;
  provider: string;
  /** Catalogue endpoint id, e.g. `GET /v3/company/{realmId}/query`. */
  endpoint: string;
  mutation: boolean;
  /** Times the healthy flow made it (requests). */
  calls: number;
  /** The distinct query fields it was made with (at most MAX_QUERIES), to match against a flow's `callContexts`. */
  queries: Record<string, unknown>[];
  /**
   * The distinct query fields of the calls made before the flow's action (at most MAX_QUERIES): what the page had
   * already loaded when the user acted. A stale-data drill whose `match` fits one of them faults from the action.
   */
  beforeAction: Record<string, unknown>[];
}

/** Distinct queries kept per API call: a flow paging through 500 records does not need 500 of them. */
const MAX_QUERIES = 20;

/** The inventory: API calls per flow, in the order the flows first made them. */
export interface Inventory {
  calls: ApiCall[];
  /** Flows whose healthy run made no provider call (nothing to drill). */
  idle: string[];
  unmatched: string[];
  /** Flows whose healthy run failed, with the first line of why: none of their calls is drilled. */
  failed: { flow: string; error: string }[];
}

/** Folds the inventory spec's JSON lines into one inventory; throws naming the line that is not JSON. */
export function readInventory(file: string): Inventory {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const parsed = lines.map((line, i) => {
    try {
      return JSON.parse(line) as InventoryLine;
    } catch {
      throw new Error(`brownout: ${file}:${i + 1}: not a JSON line of the inventory.`);
    }
  });
  return foldInventory(parsed);
}

/** Folds per-flow lines: one ApiCall per (flow, provider, endpoint), counting repeats; flows sorted by name. */
export function foldInventory(lines: readonly InventoryLine[]): Inventory {
  const calls = new Map<string, ApiCall>();
  const sorted = [...lines].sort((a, b) => a.flow.localeCompare(b.flow));
  for (const line of sorted) {
    if (line.error !== undefined) continue;
    for (const c of line.calls) {
      const key = `${line.flow}\u0000${c.provider}\u0000${c.endpoint}`;
      const call = calls.get(key) ?? { flow: line.flow, provider: c.provider, endpoint: c.endpoint, mutation: c.mutation, calls: 0, queries: [], beforeAction: [] };
      call.calls += 1;
      const query = c.query ?? {};
      const known = (list: Record<string, unknown>[]) => list.some((q) => JSON.stringify(q) === JSON.stringify(query));
      if (c.beforeAction && call.beforeAction.length < MAX_QUERIES && !known(call.beforeAction)) call.beforeAction.push(query);
      if (call.queries.length < MAX_QUERIES && !known(call.queries)) call.queries.push(query);
      calls.set(key, call);
    }
  }
  return {
    calls: [...calls.values()],
    idle: sorted.filter((l) => l.error === undefined && l.calls.length === 0).map((l) => l.flow),
    unmatched: [...new Set(sorted.flatMap((l) => l.unmatched))].sort(),
    failed: sorted.filter((l) => l.error !== undefined).map((l) => ({ flow: l.flow, error: l.error! })),
  };
}
