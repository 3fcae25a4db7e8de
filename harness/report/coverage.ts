/**
 * Coverage of a run: every API call the flows depend on with its status (drilled and passing, failing, TBD
 * with the reason, skipped). An audit's calls come from its inventory; a plain run's from its scenarios.
 */
import { integrationTitle } from './integration-label.ts';
import type { LoadedRun } from './read-run.ts';
import type { ScenarioResult } from './results.ts';

/** Where one API call stands. */
export type CoverageStatus = 'passing' | 'failing' | 'tbd' | 'skipped' | 'not-inventoried';

/** One API call of a flow and how it was drilled. */
export interface CoverageRow {
  flow: string;
  provider: string;
  /** The provider's title as the run recorded it, else its slug. */
  providerTitle: string;
  endpoint: string;
  status: CoverageStatus;
  /** Drills of this call in the run. */
  drills: number;
  /** Drills that failed. */
  failing: number;
  /** Why the call was not drilled (TBD, skipped, or its flow failed with healthy mocks: not inventoried). */
  reason?: string;
}

const key = (flow: string, provider: string, endpoint: string) => `${flow}\u0000${provider}\u0000${endpoint}`;

/**
 * The coverage rows of a run, in inventory (else journal) order.
 * @example coverage(readRun('reports/audit-guided')).filter((r) => r.status === 'tbd')
 */
export function coverage(run: LoadedRun): CoverageRow[] {
  const drilled = new Map<string, ScenarioResult[]>();
  for (const s of run.journal.scenarios) {
    if (!s.endpoint) continue;
    const k = key(s.flow, s.integration, s.endpoint);
    drilled.set(k, [...(drilled.get(k) ?? []), s]);
  }
  type Call = { flow: string; provider: string; providerTitle?: string; endpoint: string };
  const row = ({ flow, provider, providerTitle, endpoint }: Call, tbdReason?: string): CoverageRow => {
    const drills = drilled.get(key(flow, provider, endpoint)) ?? [];
    const failing = drills.filter((d) => d.verdict === 'fail').length;
    const named = { flow, provider, providerTitle: providerTitle ?? (drills[0] ? integrationTitle(drills[0]) : provider), endpoint };
    if (drills.length) return { ...named, status: failing ? 'failing' : 'passing', drills: drills.length, failing };
    if (tbdReason) return { ...named, status: 'tbd', drills: 0, failing: 0, reason: tbdReason };
    return { ...named, status: 'skipped', drills: 0, failing: 0, reason: 'in the inventory but not drilled in this run (filtered by --grep, --faults or a shard)' };
  };
  const drilledCall = (d: ScenarioResult[]): Call => ({ flow: d[0]!.flow, provider: d[0]!.integration, endpoint: d[0]!.endpoint! });
  if (!run.inventory) return [...drilled.values()].map((d) => row(drilledCall(d)));
  const tbd = new Map(run.inventory.tbd.map((c) => [key(c.flow, c.provider, c.endpoint), c.reason]));
  const listed = run.inventory.calls.map((c) => key(c.flow, c.provider, c.endpoint));
  const rows = run.inventory.calls.map((c) => row(c, tbd.get(key(c.flow, c.provider, c.endpoint))));
  // Drills of calls the inventory did not list (hand-written scenarios in the same run) still count.
  const extra = [...drilled.entries()].filter(([k]) => !listed.includes(k)).map(([, d]) => row(drilledCall(d)));
  // A flow that failed with healthy mocks has calls nobody knows: one row says so, or the report would look complete.
  const failed = run.inventory.failed.map((f): CoverageRow => ({
    flow: f.flow, provider: '', providerTitle: 'Every API call of the flow', endpoint: '', status: 'not-inventoried', drills: 0, failing: 0,
    reason: `the flow failed with healthy mocks, so its calls are unknown and none was drilled: ${f.error}`,
  }));
  return [...rows, ...extra, ...failed];
}

/** API calls left TBD (no declared context): they count against prescribed coverage. */
export const tbdCount = (run: LoadedRun): number => coverage(run).filter((r) => r.status === 'tbd').length;

/** The counts as one sentence: `12 API calls: 9 passing, 1 failing, 2 TBD, 0 skipped` (and flows not inventoried). */
export function coverageSentence(rows: readonly CoverageRow[]): string {
  const c = coverageCounts(rows);
  const calls = rows.length - c['not-inventoried'];
  const lost = c['not-inventoried'] ? `; ${c['not-inventoried']} flow(s) not inventoried (failed with healthy mocks)` : '';
  return `${calls} API calls: ${c.passing} passing, ${c.failing} failing, ${c.tbd} TBD, ${c.skipped} skipped${lost}`;
}

/** Counts per status. */
export function coverageCounts(rows: readonly CoverageRow[]): Record<CoverageStatus, number> {
  const counts: Record<CoverageStatus, number> = { passing: 0, failing: 0, tbd: 0, skipped: 0, 'not-inventoried': 0 };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}
