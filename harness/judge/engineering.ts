import type { EndpointDef } from '../../mocks/types.ts';
import type { EngineeringFinding } from '../report/results.ts';
import type { JournalEntry } from '../runtime/types.ts';
import { faultedRequestCalls } from './faulted-calls.ts';
import type { Observation } from './observe.ts';


/** What the engineering checks read. */
export interface EngineeringInput {
  journal: JournalEntry[];
  observation: Observation;
  /** Catalogue entries of the endpoints the scenario made fail, with the fault kind. */
  faulted: { endpoint: EndpointDef; provider: string; kind: string }[];
  /** Calls per endpoint per user action above which retrying is a storm (requests). */
  maxCallsPerEndpoint?: number;
}

/** Fault kinds a retry can outlast; auth and breaking changes are not transient. */
const TRANSIENT = new Set(['outage', 'maintenance', 'hang', 'latency', 'rate-limit', 'reset', 'empty-response', 'malformed-body', 'slow-body']);

/** Checks the engineering rules the journal can decide for one scenario. */
export function checkEngineering(input: EngineeringInput): EngineeringFinding[] {
  const findings: EngineeringFinding[] = [];
  const limit = input.maxCallsPerEndpoint ?? 5;
  const { observation } = input;
  if (observation.ended === 'stuck-threshold' && observation.final.busy.length > 0) {
    findings.push({ rule: 'times-out', level: 'error', detail: `the UI was still busy ${observation.durationMs} ms after the action; a hung 3rd party must not hang the user` });
  }
  for (const f of input.faulted) {
    const calls = faultedRequestCalls(input.journal).filter((e) => e.provider === f.provider && e.endpoint === f.endpoint.endpoint);
    if (calls.length > limit) {
      findings.push({ rule: 'bounded-retries', level: 'error', detail: `${calls.length} calls to ${f.endpoint.endpoint} for one action (at most ${limit})` });
    }
    if (f.endpoint.kind === 'read' && TRANSIENT.has(f.kind) && calls.length === 1) {
      findings.push({ rule: 'retries-reads', level: 'warning', detail: `${f.endpoint.endpoint} failed transiently (${f.kind}) and was not retried` });
    }
    const gaps = calls.slice(1).map((c, i) => c.at - calls[i]!.at);
    if (gaps.length >= 2 && gaps.some((g, i) => i > 0 && g + 20 < gaps[i - 1]!)) {
      findings.push({ rule: 'retries-reads', level: 'warning', detail: `retry delays did not grow: ${gaps.join(', ')} ms` });
    }
  }
  const effective = input.journal.filter((e) => e.mutation && e.tookEffect && e.bodyDigest);
  const byDigest = new Map<string, number>();
  for (const e of effective) byDigest.set(`${e.provider} ${e.endpoint} ${e.bodyDigest}`, (byDigest.get(`${e.provider} ${e.endpoint} ${e.bodyDigest}`) ?? 0) + 1);
  for (const [key, count] of byDigest) {
    if (count > 1) findings.push({ rule: 'no-duplicate-mutations', level: 'error', detail: `${count} identical mutations took effect (${key.split(' ').slice(0, 3).join(' ')})` });
  }
  return findings;
}
