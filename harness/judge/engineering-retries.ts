import { faultKinds } from '../faults/registry.ts';
import type { EngineeringFinding } from '../report/results.ts';
import type { JournalEntry } from '../runtime/types.ts';
import type { FaultedEndpoint } from './engineering.ts';
import { attemptsByRequest } from './faulted-calls.ts';

/** Jitter a growing backoff may have before a shorter gap counts as not growing (ms). */
const JITTER_MS = 20;
/** Clock slack when comparing a call's time with a Retry-After (ms). */
const SLACK_MS = 50;

/**
 * The retry rules for one faulted endpoint: bounded-retries, retries-reads, growing-backoff,
 * honours-retry-after. `calls` are that endpoint's faulted requests and their repeats, oldest first. Attempts
 * are counted per request (same query and body): two different queries to one endpoint, each retried, are
 * neither a storm nor a backoff that does not grow. At most one finding per rule.
 */
export function checkRetries(f: FaultedEndpoint, calls: JournalEntry[], providerCalls: JournalEntry[], limit: number): EngineeringFinding[] {
  const findings: EngineeringFinding[] = [];
  const id = f.endpoint.endpoint;
  const attempts = attemptsByRequest(calls);
  const most = attempts.reduce<JournalEntry[]>((a, b) => (b.length > a.length ? b : a), []);
  if (most.length > limit) findings.push({ rule: 'bounded-retries', level: 'error', detail: `${most.length} calls to ${id} for one action (at most ${limit})` });
  if (f.endpoint.kind === 'read' && faultKinds[f.kind]?.transient === true && attempts.some((a) => a.length === 1)) {
    findings.push({ rule: 'retries-reads', level: 'warning', detail: `${id} failed transiently (${f.kind}) and was not retried` });
  }
  // The wait is from the end of one attempt to the start of the next: a slow attempt must not hide the backoff.
  for (const tries of attempts) {
    const gaps = tries.slice(1).map((c, i) => Math.max(0, c.at - (tries[i]!.at + tries[i]!.durationMs)));
    if (gaps.length >= 2 && gaps.some((g, i) => i > 0 && g < gaps[i - 1]! * 1.1 + JITTER_MS)) {
      findings.push({ rule: 'growing-backoff', level: 'warning', detail: `waits between attempts did not grow: ${gaps.join(', ')} ms` });
      break;
    }
  }
  const retryAfterS = typeof f.params?.retryAfterS === 'number' ? f.params.retryAfterS : null;
  if (retryAfterS !== null) {
    for (const throttled of providerCalls.filter((c) => c.fault && (c.status === 429 || c.status === 503))) {
      const allowedAt = throttled.at + retryAfterS * 1000 - SLACK_MS;
      const early = providerCalls.find((c) => c.seq > throttled.seq && c.at < allowedAt);
      if (early) {
        findings.push({ rule: 'honours-retry-after', level: 'error', detail: `called ${early.method} ${early.path} ${early.at - throttled.at} ms after a ${throttled.status} with Retry-After: ${retryAfterS} s` });
        break;
      }
    }
  }
  return findings;
}
