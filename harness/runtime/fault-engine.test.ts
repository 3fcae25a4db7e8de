import { describe, expect, it } from 'vitest';
import { quickbooks } from '../../mocks/quickbooks/index.ts';
import { FaultError } from '../faults/errors.ts';
import type { FaultSpec } from '../scenario/types.ts';
import { FaultEngine, mulberry32, type RequestFacts } from './fault-engine.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
const PURCHASE = 'POST /v3/company/{realmId}/purchase';
const fault = (spec: Partial<FaultSpec> = {}): FaultSpec => ({ provider: 'quickbooks', endpoint: QUERY, kind: 'outage', probability: 1, when: {}, params: {}, ...spec });
const facts = (overrides: Partial<RequestFacts> = {}): RequestFacts => ({ provider: 'quickbooks', endpoint: QUERY, query: { query: 'select * from Vendor' }, body: null, ...overrides });
const providers = { quickbooks };

/** 1 for a faulted request, 0 for one served as usual, over `n` identical requests. */
function sequence(engine: FaultEngine, n: number): string {
  return Array.from({ length: n }, () => (engine.decide(facts()) ? '1' : '0')).join('');
}

describe('mulberry32', () => {
  it('gives the same numbers in [0, 1) for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 5 }, () => a());
    expect(draws).toEqual(Array.from({ length: 5 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('FaultEngine.decide', () => {
  it('gives the same fault sequence for the same seed over 1000 requests at probability 0.5', () => {
    const first = sequence(new FaultEngine([fault({ probability: 0.5 })], { seed: 20261128 }), 1000);
    const again = sequence(new FaultEngine([fault({ probability: 0.5 })], { seed: 20261128 }), 1000);
    expect(again).toBe(first);
    const share = first.split('').filter((c) => c === '1').length / 1000;
    expect(share).toBeGreaterThan(0.45);
    expect(share).toBeLessThan(0.55);
  });

  it('gives a different sequence for a different seed', () => {
    const a = sequence(new FaultEngine([fault({ probability: 0.5 })], { seed: 1 }), 1000);
    const b = sequence(new FaultEngine([fault({ probability: 0.5 })], { seed: 2 }), 1000);
    expect(b).not.toBe(a);
  });

  it('matches provider and endpoint, and skips requests outside the catalogue', () => {
    const engine = new FaultEngine([fault()]);
    expect(engine.decide(facts({ endpoint: PURCHASE }))).toBeNull();
    expect(engine.decide(facts({ provider: 'slack' }))).toBeNull();
    expect(engine.decide(facts({ endpoint: null }))).toBeNull();
    expect(engine.decide(facts())).toMatchObject({ index: 0, spec: { kind: 'outage' }, params: { status: 503 } });
  });

  it('matches every catalogued endpoint of the provider with endpoint "*"', () => {
    const engine = new FaultEngine([fault({ endpoint: '*' })], { providers });
    expect(engine.decide(facts({ endpoint: PURCHASE }))).not.toBeNull();
  });

  it('windows the matching calls with when.after and when.first', () => {
    expect(sequence(new FaultEngine([fault({ when: { after: 2, first: 3 } })]), 7)).toBe('0011100');
  });

  it('holds a fromAction fault until the flow marks its action, counting only the calls after it', () => {
    const engine = new FaultEngine([fault({ when: { fromAction: true, first: 2 } })]);
    // The page's first load: served, and not counted against `first`.
    expect(sequence(engine, 3)).toBe('000');
    engine.markAction();
    expect(sequence(engine, 4)).toBe('1100');
    // A fault without fromAction in the same engine applies from the start.
    const both = new FaultEngine([fault({ when: { fromAction: true } }), fault({ kind: 'hang', endpoint: PURCHASE })]);
    expect(both.decide(facts({ endpoint: PURCHASE }))?.spec.kind).toBe('hang');
    expect(both.decide(facts())).toBeNull();
  });

  it('matches body fields by dotted path, case-insensitively, for JSON and form bodies', () => {
    const engine = new FaultEngine([fault({ endpoint: PURCHASE, match: { body: { 'EntityRef.value': '30', paymenttype: 'card' } } })]);
    const json = (body: unknown) => facts({ endpoint: PURCHASE, body: Buffer.from(JSON.stringify(body)), contentType: 'application/json' });
    expect(engine.decide(json({ PaymentType: 'CreditCard', EntityRef: { value: '30' } }))).not.toBeNull();
    expect(engine.decide(json({ PaymentType: 'Cash', EntityRef: { value: '30' } }))).toBeNull();
    const form = new FaultEngine([fault({ match: { body: { channel: 'general' } } })]);
    expect(form.decide(facts({ body: Buffer.from('channel=General&text=hi'), contentType: 'application/x-www-form-urlencoded' }))).not.toBeNull();
  });

  it('picks the first fault that applies, while every matching fault keeps counting', () => {
    const engine = new FaultEngine([fault({ when: { first: 1 } }), fault({ kind: 'hang', when: { after: 1 } })]);
    expect([engine.decide(facts())?.index, engine.decide(facts())?.index]).toEqual([0, 1]);
  });
});

describe('FaultEngine schedules and kinds that count', () => {
  it('runs when.flap and when.forMs on its clock, from the first call after `after`', () => {
    let now = 0;
    const engine = new FaultEngine([fault({ when: { after: 1, flap: { upMs: 100, downMs: 50 } } })], { now: () => now });
    const at = (ms: number) => ((now = ms), engine.decide(facts()) ? '1' : '0');
    // Call 1 passes (after) at t=0; the clock starts at call 2, t=1000.
    expect([at(0), at(1000), at(1099), at(1100), at(1149), at(1150)].join('')).toBe('000110');
  });

  it('gives each fault its own RNG by its place in the list: faults added after it do not shift its draws', async () => {
    const delays = async (faults: FaultSpec[]) => {
      const engine = new FaultEngine(faults, { seed: 9 });
      const request = new Request('http://127.0.0.1/q', { signal: AbortSignal.abort() });
      const out = [];
      for (let i = 0; i < 5; i++) {
        const decision = engine.decide(facts())!;
        const outcome = await engine.apply(decision, { request, provider: quickbooks, endpoint: quickbooks.catalogue[0]!, passThrough: async () => new Response('{}') });
        out.push(outcome.details?.delayMs);
      }
      return out;
    };
    const latency = fault({ kind: 'latency', params: { distribution: 'uniform', minMs: 0, maxMs: 1000 } });
    const alone = await delays([latency]);
    expect(new Set(alone).size).toBe(5);
    expect(await delays([latency, fault({ endpoint: PURCHASE }), fault({ kind: 'malformed-body', endpoint: PURCHASE })])).toEqual(alone);
    // Moved to another place, it draws another sequence.
    expect(await delays([fault({ endpoint: PURCHASE }), latency])).not.toEqual(alone);
  });

  it("lets a kind's admit meter requests: a token bucket passes limit calls per window", () => {
    let now = 0;
    const engine = new FaultEngine([fault({ kind: 'rate-limit', params: { mode: 'token-bucket', limit: 2, window: 1000 } })], { now: () => now });
    const at = (ms: number) => ((now = ms), engine.decide(facts()) ? '1' : '0');
    expect([at(0), at(0), at(0), at(499), at(500), at(500)].join('')).toBe('001101');
  });

  it('shows a kind the requests its envelope does not select (partial counts earlier steps elsewhere)', () => {
    const engine = new FaultEngine([fault({ kind: 'partial', endpoint: PURCHASE, params: { steps: [QUERY, PURCHASE] } })], { providers });
    expect(engine.decide(facts({ endpoint: PURCHASE, mutation: true }))).toBeNull();
    expect(engine.decide(facts())).toBeNull();
    expect(engine.decide(facts({ endpoint: PURCHASE, mutation: true }))?.spec.kind).toBe('partial');
  });
});

describe('FaultEngine validation', () => {
  const invalidFaults: Array<[defect: string, spec: FaultSpec, message: string]> = [
    ['unknown kind', fault({ kind: 'meltdown' }), 'faults[0].kind: unknown fault kind "meltdown"; known kinds: auth-revoked, breaking-change, empty-response, hang, latency, lost-response, maintenance, malformed-body, outage, partial, rate-limit, reset, slow-body.'],
    ['outage status below 500', fault({ params: { status: 404 } }), 'faults[0].params (outage)'],
    ['latency ms as text', fault({ kind: 'latency', params: { ms: 'fast' } }), 'faults[0].params (latency)'],
    ['unknown param', fault({ kind: 'hang', params: { forever: true } }), 'forever'],
    ['probability above 1', fault({ probability: 2 }), 'faults[0].probability: expected 0..1, got 2'],
    ['provider not served', fault({ provider: 'slack' }), 'faults[0].provider: "slack" is not served here; served: quickbooks'],
    ['endpoint not catalogued', fault({ endpoint: 'GET /nope' }), 'faults[0].endpoint: "GET /nope" is not in the quickbooks catalogue'],
    ['a flap with no down phase', fault({ when: { flap: { upMs: 10, downMs: 0 } } }), 'faults[0].when.flap: expected up of 0 ms or more and down above 0 ms, got up 10 ms, down 0 ms.'],
    ['partial failing with a word the dialect lacks', fault({ kind: 'partial', params: { failWith: 'meltdown' } }), 'faults[0].params (partial): failWith: "meltdown" is not in the quickbooks dialect'],
    ['a token bucket without a window', fault({ kind: 'rate-limit', params: { mode: 'token-bucket', limit: 5 } }), 'mode token-bucket needs limit and window'],
    ['breaking-change rename without a new name', fault({ kind: 'breaking-change', params: { change: 'rename-field', path: 'a.b' } }), 'change rename-field needs path and to'],
    ['a malformed-body mode that does not exist', fault({ kind: 'malformed-body', params: { mode: 'garbled' } }), 'faults[0].params (malformed-body)'],
  ];
  it.each(invalidFaults)('refuses a fault with %s', (_defect, spec, message) => {
    expect(() => new FaultEngine([spec], { providers })).toThrow(FaultError);
    expect(() => new FaultEngine([spec], { providers })).toThrow(message);
  });

  it('applies the defaults of the kind\'s params', () => {
    expect(new FaultEngine([fault({ kind: 'latency' })]).decide(facts())?.params).toEqual({ distribution: 'fixed' });
    expect(new FaultEngine([fault({ kind: 'reset' })]).decide(facts())?.params).toEqual({ at: 'before-response', afterMs: 0 });
  });
});

describe('FaultEngine.apply', () => {
  const context = () => ({ request: new Request('http://127.0.0.1/v3/company/1/query'), provider: quickbooks, endpoint: quickbooks.catalogue[0]!, passThrough: async () => new Response('ok') });

  it('runs the kind with the provider dialect', async () => {
    const engine = new FaultEngine([fault({ params: { status: 500 } })]);
    const outcome = await engine.apply(engine.decide(facts())!, context());
    expect(outcome.type).toBe('response');
    if (outcome.type === 'response') {
      expect(outcome.response.status).toBe(500);
      expect((await outcome.response.json()).Fault.type).toBe('SystemFault');
    }
  });

  it('throws a FaultError naming the kind when it is not registered at apply time', async () => {
    const engine = new FaultEngine([]);
    const decision = { index: 3, spec: fault({ kind: 'meltdown' }), params: {} };
    await expect(engine.apply(decision, context())).rejects.toThrow('faults[3].kind: unknown fault kind "meltdown"; known kinds: auth-revoked, breaking-change, empty-response, hang, latency, lost-response, maintenance, malformed-body, outage, partial, rate-limit, reset, slow-body.');
  });
});
