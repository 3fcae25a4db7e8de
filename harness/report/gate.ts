/**
 * The CI gate: compares a run with a baseline run and fails only on regressions. A scenario regresses when
 * its severity got worse than in the baseline, or when it passed in the baseline and fails now. Improvements
 * and scenarios that failed in both runs are reported, never fail the gate.
 */
import { severityOrder } from '../guidelines/taxonomy.ts';
import type { RunJournal, ScenarioResult } from './results.ts';

/** One scenario that changed between the baseline and the current run. */
export interface GateChange {
  id: string;
  /** `regressed` fails the gate; `improved` is reported. */
  change: 'regressed' | 'improved';
  /** What changed, for a person: e.g. `severity good -> bad; verdict pass -> fail`. */
  detail: string;
}

/** The gate's decision with everything it saw. */
export interface GateOutcome {
  passed: boolean;
  regressions: GateChange[];
  improvements: GateChange[];
  /** Scenarios in only one of the runs (neither fails the gate). */
  added: string[];
  removed: string[];
  /** Why the gate fails besides regressions: no scenario, a partial run, baseline scenarios missing. */
  blockers: string[];
}

// Higher is better; `unknown` (a crashed scenario) ranks below every judged severity.
const rank = (s: ScenarioResult['severity']) => (s === 'unknown' ? -1 : severityOrder.indexOf(s));

function compare(before: ScenarioResult, after: ScenarioResult): GateChange | null {
  const parts: string[] = [];
  const worse = rank(after.severity) < rank(before.severity);
  const better = rank(after.severity) > rank(before.severity);
  if (before.severity !== after.severity) parts.push(`severity ${before.severity} -> ${after.severity}`);
  const newlyFailing = before.verdict === 'pass' && after.verdict !== 'pass';
  const newlyPassing = before.verdict !== 'pass' && after.verdict === 'pass';
  if (before.verdict !== after.verdict) parts.push(`verdict ${before.verdict} -> ${after.verdict}`);
  const observed = (s: ScenarioResult) => s.observed.kind ?? s.observed.category;
  if (observed(before) !== observed(after)) parts.push(`observed ${observed(before)} -> ${observed(after)}`);
  const detail = parts.join('; ');
  if (worse || newlyFailing) return { id: after.id, change: 'regressed', detail };
  if (better || newlyPassing) return { id: after.id, change: 'improved', detail };
  return null;
}

/**
 * Gates `current` against `baseline`, scenario by scenario (matched by id).
 * @example const gate = gateRun(readRun('baseline.json').journal, readRun('reports/latest').journal); if (!gate.passed) process.exitCode = 1;
 */
export function gateRun(baseline: RunJournal, current: RunJournal, options: { allowMissing?: boolean } = {}): GateOutcome {
  const before = new Map(baseline.scenarios.map((s) => [s.id, s]));
  const currentIds = new Set(current.scenarios.map((s) => s.id));
  const changes = current.scenarios.flatMap((s) => {
    const b = before.get(s.id);
    const change = b ? compare(b, s) : null;
    return change ? [change] : [];
  });
  const regressions = changes.filter((c) => c.change === 'regressed');
  const removed = baseline.scenarios.filter((s) => !currentIds.has(s.id)).map((s) => s.id);
  const blockers: string[] = [];
  if (current.scenarios.length === 0) blockers.push('the current run has no scenario: nothing was checked');
  if (current.run.partial) blockers.push('the current run is partial (salvaged from a killed run\'s journal.jsonl): run it to the end to gate it');
  if (removed.length > 0 && !options.allowMissing) {
    blockers.push(`${removed.length} baseline scenario(s) did not run; pass --allow-missing when dropping them is intended`);
  }
  return {
    passed: regressions.length === 0 && blockers.length === 0,
    regressions,
    improvements: changes.filter((c) => c.change === 'improved'),
    added: current.scenarios.filter((s) => !before.has(s.id)).map((s) => s.id),
    removed,
    blockers,
  };
}

/** The gate's outcome as the lines a CI log shows, regressions first. */
export function formatGate(gate: GateOutcome, baselineLabel: string): string {
  const lines = gate.regressions.map((c) => `  REGRESSED  ${c.id}: ${c.detail}`);
  lines.push(...gate.improvements.map((c) => `  IMPROVED   ${c.id}: ${c.detail}`));
  if (gate.added.length) lines.push(`  new (not in the baseline): ${gate.added.join(', ')}`);
  if (gate.removed.length) lines.push(`  missing (in the baseline only): ${gate.removed.join(', ')}`);
  lines.push(...gate.blockers.map((b) => `  BLOCKED    ${b}`));
  const verdict = gate.passed
    ? `brownout: gate passed against ${baselineLabel}: no regressions, ${gate.improvements.length} improvement(s).`
    : gate.regressions.length > 0
      ? `brownout: gate FAILED against ${baselineLabel}: ${gate.regressions.length} scenario(s) regressed (${gate.regressions.map((c) => c.id).join(', ')}).`
      : `brownout: gate FAILED against ${baselineLabel}: ${gate.blockers.join('; ')}.`;
  return [...lines, verdict].join('\n');
}
