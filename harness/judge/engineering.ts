import type { EndpointDef } from '../../mocks/types.ts';
import type { EngineeringFinding } from '../report/results.ts';
import type { JournalEntry } from '../runtime/types.ts';
import type { Classification } from './classify.ts';
import { checkRetries } from './engineering-retries.ts';
import { faultedRequestCalls } from './faulted-calls.ts';
import { mutationSteps } from './mutation-steps.ts';
import type { Observation } from './observe.ts';

/** A faulted catalogue endpoint with the fault applied to it. */
export interface FaultedEndpoint {
  endpoint: EndpointDef;
  provider: string;
  kind: string;
  /** The fault's parameters (`retryAfterS` for honours-retry-after). */
  params?: Record<string, unknown>;
  /** The fault's window (ms from the first matching call), for `recovers`. */
  forMs?: number;
}

/** What the engineering checks read. */
export interface EngineeringInput {
  journal: JournalEntry[];
  observation: Observation;
  faulted: FaultedEndpoint[];
  /** The classification, for consistent-multi-step and serves-stale-with-warning. */
  classification?: Pick<Classification, 'category' | 'kind'>;
  /** Cached data exists for the failing read (context `data: stale`). */
  staleDataExists?: boolean;
  /** Calls per endpoint per user action above which retrying is a storm (requests). */
  maxCallsPerEndpoint?: number;
}

const WARNING_KINDS = new Set(['contextual-warning-alert', 'warning-toast', 'settings-warning-alert']);

/**
 * Checks the engineering rules of guidelines.md section 3 that the journal (and the observation) decide for
 * one scenario: times-out, bounded-retries, retries-reads, growing-backoff, honours-retry-after,
 * no-duplicate-mutations, consistent-multi-step, serves-stale-with-warning, recovers.
 */
export function checkEngineering(input: EngineeringInput): EngineeringFinding[] {
  const findings: EngineeringFinding[] = [];
  const { observation, journal } = input;
  if (observation.ended === 'stuck-threshold' && observation.final.busy.length > 0) {
    findings.push({ rule: 'times-out', level: 'error', detail: `the UI was still busy ${observation.durationMs} ms after the action; a hung 3rd party must not hang the user` });
  }
  const faultedCalls = faultedRequestCalls(journal);
  for (const f of input.faulted) {
    // Retries are counted for the action the drill judges: a list the page loaded (and retried) before the user
    // acted is another action's, even when the same request is made again after it.
    const calls = faultedCalls.filter((e) => e.provider === f.provider && e.endpoint === f.endpoint.endpoint && e.at >= observation.startedAt);
    findings.push(...checkRetries(f, calls, journal.filter((e) => e.provider === f.provider), input.maxCallsPerEndpoint ?? 5));
    findings.push(...checkRecovery(f, journal, observation));
  }
  const byDigest = new Map<string, number>();
  // Repeating a call the catalogue marks idempotent (a PATCH of the same fields, a PUT) leaves the same state: no duplicate.
  const idempotent = new Set(input.faulted.filter((f) => f.endpoint.idempotent).map((f) => `${f.provider} ${f.endpoint.endpoint}`));
  for (const e of journal.filter((x) => x.mutation && x.tookEffect && x.bodyDigest && !idempotent.has(`${x.provider} ${x.endpoint}`))) {
    const key = `${e.provider} ${e.endpoint} ${e.bodyDigest}`;
    byDigest.set(key, (byDigest.get(key) ?? 0) + 1);
  }
  for (const [key, count] of byDigest) {
    if (count > 1) findings.push({ rule: 'no-duplicate-mutations', level: 'error', detail: `${count} identical mutations took effect (${key.split(' ').slice(0, 3).join(' ')})` });
  }
  const category = input.classification?.category;
  const steps = mutationSteps(journal);
  const done = steps.filter((s) => s.tookEffect).length;
  if (category === 'success-but-partly-failed') {
    findings.push({ rule: 'consistent-multi-step', level: 'error', detail: `success was shown while ${steps.length - done} of ${steps.length} steps did not take effect` });
  } else if (category === 'error-but-partly-worked') {
    findings.push({ rule: 'consistent-multi-step', level: 'warning', detail: `a failure was shown while ${done} of ${steps.length} steps took effect: complete them on retry or say what was done` });
  }
  if (input.staleDataExists && input.classification && !WARNING_KINDS.has(input.classification.kind ?? '')) {
    const shown = input.classification.kind ?? input.classification.category;
    findings.push({ rule: 'serves-stale-with-warning', level: category === 'false-empty' ? 'error' : 'warning', detail: `cached data exists but the UI showed ${shown} instead of the data flagged as possibly out of date` });
  }
  return findings;
}

/** `recovers`: after a fault's window, the product calls again and succeeds, and the failure goes away. */
function checkRecovery(f: FaultedEndpoint, journal: JournalEntry[], observation: Observation): EngineeringFinding[] {
  if (f.forMs === undefined) return [];
  const calls = journal.filter((e) => e.provider === f.provider && e.endpoint === f.endpoint.endpoint);
  const first = calls.find((c) => c.fault);
  if (!first) return [];
  const windowEnd = first.at + f.forMs;
  const later = calls.filter((c) => c.at >= windowEnd);
  // No attempt after the window within the observation: nothing shows whether it would have recovered.
  if (later.length === 0) return [];
  if (!later.some((c) => !c.fault && c.status !== null && c.status < 400)) {
    return [{ rule: 'recovers', level: 'warning', detail: `${later.length} call(s) to ${f.endpoint.endpoint} after the fault's ${f.forMs} ms window ended, none succeeded` }];
  }
  const stillFailing = observation.final.messages.some((m) => m.tone === 'error');
  return stillFailing ? [{ rule: 'recovers', level: 'warning', detail: 'the 3rd party came back and was called successfully, but the failure message is still shown' }] : [];
}
