import type { JournalEntry } from '../runtime/types.ts';

/** The statuses a provider answers when it does not accept who the caller is (token, company, tenant). */
const IDENTITY_STATUSES = new Set([401, 403]);

/**
 * Calls a mock turned down for identity (401/403 with no fault applied) before the drill's first faulted call:
 * the product's token or account id is not one the mock accepts, so the drill never tested what it meant to.
 * @example identityRejections(journal) // [{ provider: 'quickbooks', status: 403, method: 'GET', path: '/v3/company/42/query', ... }]
 */
export function identityRejections(journal: readonly JournalEntry[]): JournalEntry[] {
  const firstFault = journal.find((e) => e.fault !== null)?.seq ?? Infinity;
  return journal.filter((e) => e.fault === null && !e.passedThrough && e.status !== null && IDENTITY_STATUSES.has(e.status) && e.seq < firstFault);
}

/**
 * One sentence naming the first rejection and what to do about it.
 * @example rejectionSentence(entry) // 'quickbooks answered 403 to GET /v3/company/42/query before any fault: ...'
 */
export function rejectionSentence(rejected: readonly JournalEntry[]): string {
  const first = rejected[0]!;
  const more = rejected.length > 1 ? ` (and ${rejected.length - 1} more call(s))` : '';
  return `${first.provider} answered ${first.status} to ${first.method} ${first.path}${more} before any fault: the mock did not accept the product's credentials or account id (token, company, realm or tenant); give the product the mock's test identity or turn the provider's strictAuth off`;
}
