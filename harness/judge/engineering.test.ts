import { describe, expect, it } from 'vitest';
import type { EndpointDef } from '../../mocks/types.ts';
import { checkEngineering, type EngineeringInput, type FaultedEndpoint } from './engineering.ts';
import { call, failedRead, message, mutation, observation, snapshot } from './observation-fixtures.ts';

const QUERY: EndpointDef = { endpoint: 'GET /v3/company/{realmId}/query', method: 'GET', path: '/v3/company/{realmId}/query', kind: 'read', idempotent: true, summary: 'query' };
const SETTINGS: EndpointDef = { endpoint: 'PATCH /v2/users/me/settings', method: 'PATCH', path: '/v2/users/me/settings', kind: 'mutation', idempotent: true, summary: 'settings' };
const outage: FaultedEndpoint = { endpoint: QUERY, provider: 'quickbooks', kind: 'outage' };
const settled = observation([snapshot(300, { messages: [message('x')] })]);
/** Failed reads at these times (ms after 1_000_000). */
const readsAt = (...ms: number[]) => ms.map((t) => failedRead(1_000_000 + t));
const rules = (input: Partial<EngineeringInput>) =>
  checkEngineering({ journal: [], observation: settled, faulted: [outage], ...input }).map((f) => `${f.rule}:${f.level}`);

describe('checkEngineering: one journal per rule of guidelines.md section 3', () => {
  const cases: { name: string; input: Partial<EngineeringInput>; expected: string[] }[] = [
    { name: 'retries with growing delays pass', input: { journal: readsAt(0, 200, 600, 1400) }, expected: [] },
    {
      name: 'a slow first attempt does not hide a doubling backoff (waits from the end of each attempt)',
      input: { journal: readsAt(0, 615, 1263).map((e, i) => ({ ...e, durationMs: [315, 48, 3][i]! })) },
      expected: [],
    },
    { name: 'a transient read failure not retried', input: { journal: readsAt(0) }, expected: ['retries-reads:warning'] },
    { name: 'fixed-interval hammering', input: { journal: readsAt(0, 300, 600, 900) }, expected: ['growing-backoff:warning'] },
    { name: 'a retry storm', input: { journal: readsAt(0, 100, 300, 700, 1500, 3100) }, expected: ['bounded-retries:error'] },
    {
      name: 'the same read retried when the page loaded, before the user acted, and again after: counted from the action',
      input: { journal: readsAt(-3000, -2800, -2400, 0, 200, 600), observation: observation([snapshot(300, { messages: [message('x')] })], { startedAt: 1_000_000 }) },
      expected: [],
    },
    {
      name: 'two different queries to one endpoint, each retried with a growing backoff, interleaved (a whole-provider outage)',
      input: { journal: [0, 20, 200, 230, 600, 640].map((t, i) => ({ ...failedRead(1_000_000 + t), query: { query: i % 2 ? 'select * from Account' : 'select * from Vendor' } })) },
      expected: [],
    },
    {
      name: 'two different queries, one of them not retried',
      input: { journal: [0, 20, 200, 600].map((t, i) => ({ ...failedRead(1_000_000 + t), query: { query: i === 1 ? 'select * from Account' : 'select * from Vendor' } })) },
      expected: ['retries-reads:warning'],
    },
    {
      name: 'a call 300 ms after a 429 with Retry-After: 2',
      input: { faulted: [{ ...outage, kind: 'rate-limit', params: { retryAfterS: 2 } }], journal: readsAt(0, 300).map((e) => ({ ...e, status: 429 })) },
      expected: ['honours-retry-after:error'],
    },
    {
      name: 'waiting out Retry-After: 1',
      input: { faulted: [{ ...outage, kind: 'rate-limit', params: { retryAfterS: 1 } }], journal: [...readsAt(0).map((e) => ({ ...e, status: 429 })), call({ at: 1_001_050 })] },
      expected: [],
    },
    {
      name: 'the same create taking effect twice',
      input: { journal: [...readsAt(0, 200), mutation('POST /v3/company/{realmId}/purchase', true), mutation('POST /v3/company/{realmId}/purchase', true)] },
      expected: ['no-duplicate-mutations:error'],
    },
    {
      name: 'retries of a PATCH the catalogue marks idempotent are not duplicates',
      input: {
        faulted: [{ endpoint: SETTINGS, provider: 'zoom', kind: 'lost-response' }],
        journal: [mutation('PATCH /v2/users/me/settings', true), mutation('PATCH /v2/users/me/settings', true)].map((e) => ({ ...e, provider: 'zoom' })),
      },
      expected: [],
    },
    { name: 'success shown for a half-done two-step', input: { journal: readsAt(0, 200), classification: { category: 'success-but-partly-failed', kind: null } }, expected: ['consistent-multi-step:error'] },
    { name: 'an error shown for a half-done two-step', input: { journal: readsAt(0, 200), classification: { category: 'error-but-partly-worked', kind: null } }, expected: ['consistent-multi-step:warning'] },
    {
      name: 'a spinner at the stuck threshold',
      input: { journal: readsAt(0, 200), observation: observation([snapshot(0, { busy: [{ what: 'spinner', text: '', selector: '.spinner', value: null }] })], { ended: 'stuck-threshold', durationMs: 8000 }) },
      expected: ['times-out:error'],
    },
    { name: 'cached data exists but an empty state was shown', input: { journal: readsAt(0, 200), staleDataExists: true, classification: { category: 'false-empty', kind: null } }, expected: ['serves-stale-with-warning:error'] },
    { name: 'cached data shown with a warning', input: { journal: readsAt(0, 200), staleDataExists: true, classification: { category: 'helpful-error', kind: 'contextual-warning-alert' } }, expected: [] },
    {
      name: 'calls after the fault window that still fail',
      input: { faulted: [{ ...outage, forMs: 500 }], journal: readsAt(0, 200, 700) },
      expected: ['recovers:warning'],
    },
    {
      name: 'a successful call after the window, alert gone',
      input: { faulted: [{ ...outage, forMs: 500 }], journal: [...readsAt(0, 200), call({ at: 1_000_900 })], observation: observation([snapshot(900)]) },
      expected: [],
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => expect(rules(input)).toEqual(expected));
});
