import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../flows/types.ts';
import { loadScenarios } from '../scenario/load.ts';
import { foldInventory } from './inventory.ts';
import { readSweepMatrix, selectKinds, sweepScenarios, writeSweep } from './sweep.ts';

const query = 'GET /v3/company/{realmId}/query';
const purchase = 'POST /v3/company/{realmId}/purchase';
const flow: Flow = {
  name: 'quickbooks.create-expense',
  integration: 'quickbooks',
  title: 'Create a QuickBooks expense',
  endpoints: { [`quickbooks ${query}`]: { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' } },
  run: async () => undefined,
};
const inventory = foldInventory([
  {
    flow: flow.name,
    calls: [
      { provider: 'quickbooks', endpoint: query, mutation: false, status: 200 },
      { provider: 'quickbooks', endpoint: query, mutation: false, status: 200 },
      { provider: 'quickbooks', endpoint: purchase, mutation: true, status: 200 },
    ],
    unmatched: [],
  },
  { flow: 'quickbooks.idle', calls: [], unmatched: ['quickbooks GET /v3/unknown'] },
]);

describe('foldInventory', () => {
  it('keeps one API call per flow and endpoint, counting repeats, and lists idle flows and unmatched requests', () => {
    expect(inventory.calls.map((c) => [c.endpoint, c.calls, c.mutation])).toEqual([[query, 2, false], [purchase, 1, true]]);
    expect(inventory.idle).toEqual(['quickbooks.idle']);
    expect(inventory.unmatched).toEqual(['quickbooks GET /v3/unknown']);
    expect(inventory.failed).toEqual([]);
  });

  it('lists a flow whose healthy run failed apart, with why, and takes none of its calls', () => {
    const folded = foldInventory([
      { flow: 'quickbooks.submit-expense', calls: [{ provider: 'quickbooks', endpoint: query, mutation: false, status: 200 }], unmatched: [], error: 'locator.selectOption: Timeout 60000ms exceeded.' },
      { flow: 'quickbooks.create-expense', calls: [{ provider: 'quickbooks', endpoint: query, mutation: false, status: 200 }], unmatched: [] },
    ]);
    expect(folded.calls.map((c) => c.flow)).toEqual(['quickbooks.create-expense']);
    expect(folded.idle).toEqual([]);
    expect(folded.failed).toEqual([{ flow: 'quickbooks.submit-expense', error: 'locator.selectOption: Timeout 60000ms exceeded.' }]);
  });
});

describe('sweepScenarios', () => {
  const flows = new Map([[flow.name, flow]]);

  it('drills each declared call with every kind that applies to it, and lists the undeclared call as TBD', () => {
    const sweep = sweepScenarios(inventory, flows, readSweepMatrix());
    const ids = sweep.byFlow.get(flow.name)!.map((d) => d.id);
    expect(ids).toContain('audit/quickbooks.create-expense/get-v3-company-realmid-query--outage');
    expect(ids.some((id) => String(id).endsWith('--lost-response'))).toBe(false); // the query is a read
    expect(sweep.total).toBe(ids.length);
    expect(sweep.tbd.map((c) => c.endpoint)).toEqual([purchase]);
    expect(sweep.tbd[0]!.reason).toMatch(/declares no context for "quickbooks POST/);
  });

  it('writes scenarios the loader accepts, with the context the flow declared', () => {
    const sweep = sweepScenarios(inventory, flows, selectKinds(readSweepMatrix(), ['outage', 'hang', 'rate-limit']));
    const dir = mkdtempSync(join(tmpdir(), 'brownout-sweep-'));
    writeSweep(sweep, dir);
    const { scenarios, problems } = loadScenarios([dir]);
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => s.faults[0]!.kind)).toEqual(['outage', 'hang', 'rate-limit']);
    expect(scenarios.every((s) => s.prescribed === 'contextual-error-alert')).toBe(true);
    expect(scenarios[1]!.observe.stuckMs).toBe(12_000);
  });

  it('holds a flow that declares its product\'s own timeout to it: every drill is stuck past that timeout plus the margin', () => {
    const promised = new Map([[flow.name, { ...flow, productTimeoutMs: 4500 }]]);
    const dir = mkdtempSync(join(tmpdir(), 'brownout-sweep-'));
    writeSweep(sweepScenarios(inventory, promised, selectKinds(readSweepMatrix(), ['outage', 'hang'])), dir);
    const { scenarios, problems } = loadScenarios([dir]);
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => [s.faults[0]!.kind, s.observe.stuckMs])).toEqual([['outage', 6500], ['hang', 6500]]);
  });

  it('drills each call a flow tells apart by its query with its own context and match; a query none declares falls back to the endpoint', () => {
    const required = { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' };
    const optional = { initiatedBy: 'user-action', where: 'form', field: { required: false }, data: 'unavailable' };
    const narrowed: Flow = {
      ...flow,
      callContexts: [
        { provider: 'quickbooks', endpoint: query, match: { query: { query: 'from Vendor' } }, context: required },
        { provider: 'quickbooks', endpoint: query, match: { query: { query: 'from Class' } }, context: optional },
      ],
    };
    const seen = (...queries: string[]) => foldInventory([{ flow: flow.name, calls: queries.map((q) => ({ provider: 'quickbooks', endpoint: query, mutation: false, status: 200, query: { query: q } })), unmatched: [] }]);
    const outage = selectKinds(readSweepMatrix(), ['outage']);
    const drills = (inv: ReturnType<typeof seen>) => sweepScenarios(inv, new Map([[flow.name, narrowed]]), outage).byFlow.get(flow.name)!
      .map((d) => [d.id, (d.faults as { match?: unknown }[])[0]!.match ?? null, d.context]);
    // Every query is declared: one group per declaration the inventory saw (no "from Class" call: not drilled).
    expect(drills(seen('select * from Vendor', 'select * from Vendor startposition 2'))).toEqual([
      ['audit/quickbooks.create-expense/get-v3-company-realmid-query-from-vendor--outage', { query: { query: 'from Vendor' } }, required],
    ]);
    // An account query no declaration matches: the endpoint as a whole, with its own context and the old id.
    expect(drills(seen('select * from Vendor', 'select * from Account')).map(([id, match]) => [id, match])).toEqual([
      ['audit/quickbooks.create-expense/get-v3-company-realmid-query-from-vendor--outage', { query: { query: 'from Vendor' } }],
      ['audit/quickbooks.create-expense/get-v3-company-realmid-query--outage', null],
    ]);
    const { tbd } = sweepScenarios(seen('select * from Account'), new Map([[flow.name, { ...narrowed, endpoints: {} }]]), outage);
    expect(tbd.map((c) => c.endpoint)).toEqual([query]);
  });

  it('faults a stale-data call from the flow\'s action when the page loaded it before, so there is data to show stale', () => {
    const stale = { initiatedBy: 'viewing', data: 'stale' };
    const unavailable = { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' };
    const listed: Flow = {
      ...flow,
      callContexts: [
        { provider: 'quickbooks', endpoint: query, match: { query: { query: 'ORDER BY' } }, context: stale },
        { provider: 'quickbooks', endpoint: query, match: { query: { query: 'WHERE Email' } }, context: unavailable },
      ],
    };
    const call = (q: string, beforeAction: boolean) => ({ provider: 'quickbooks', endpoint: query, mutation: false, status: 200, query: { query: q }, ...(beforeAction ? { beforeAction } : {}) });
    // The list loads twice with the page (two pages of it), the user acts, the check and a refresh of the list follow.
    const inv = foldInventory([{ flow: flow.name, calls: [call('select * ORDER BY Name', true), call('select * ORDER BY Name startposition 2', true), call("select Id WHERE Email = 'a@b.c'", false), call('select * ORDER BY Name', false)], unmatched: [] }]);
    expect(inv.calls[0]!.beforeAction).toHaveLength(2);
    const sweep = sweepScenarios(inv, new Map([[flow.name, listed]]), selectKinds(readSweepMatrix(), ['outage']));
    const dir = mkdtempSync(join(tmpdir(), 'brownout-sweep-'));
    writeSweep(sweep, dir);
    const { scenarios, problems } = loadScenarios([dir]);
    expect(problems).toEqual([]);
    expect(scenarios.map((s) => [s.id, s.faults[0]!.when ?? null])).toEqual([
      ['audit/quickbooks.create-expense/get-v3-company-realmid-query-order-by--outage', { fromAction: true }],
      // Not a stale context: every matching call fails, the first one included.
      ['audit/quickbooks.create-expense/get-v3-company-realmid-query-where-email--outage', {}],
    ]);
    // A stale context whose data the page never loaded before the action cannot be shown stale: faulted from the start.
    const late = foldInventory([{ flow: flow.name, calls: [call('select * ORDER BY Name', false)], unmatched: [] }]);
    expect(sweepScenarios(late, new Map([[flow.name, listed]]), selectKinds(readSweepMatrix(), ['outage'])).byFlow.get(flow.name)!.map((d) => (d.faults as { when?: unknown }[])[0]!.when ?? null)).toEqual([null]);
  });

  it('keeps the distinct queries of a call, at most 20', () => {
    const many = foldInventory([{ flow: flow.name, calls: Array.from({ length: 50 }, (_, i) => ({ provider: 'quickbooks', endpoint: query, mutation: false, status: 200, query: { query: `select * from Vendor startposition ${i % 30}` } })), unmatched: [] }]);
    expect([many.calls[0]!.calls, many.calls[0]!.queries.length]).toEqual([50, 20]);
  });

  it('refuses an unknown kind in --faults, listing the matrix', () => {
    expect(() => selectKinds(readSweepMatrix(), ['outage', 'meteor'])).toThrow(/unknown kind\(s\) meteor; the matrix has: outage, hang/);
  });
});
