import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FaultEngine } from '../../harness/runtime/fault-engine.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import { quickbooks } from '../../mocks/quickbooks/index.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { qboRequests } from '../../mocks/quickbooks/test-requests.ts';
import { faultsFromYaml } from './yaml-faults.ts';

const REQUESTS = 1000;
// Through real HTTP on a shared, loaded machine 1,000 requests take half a minute; fewer prove the runtime keeps the order.
const HTTP_REQUESTS = 120;
// Four faults on one endpoint, each with a chance: which one hits, the delay drawn and the bytes sent all
// come from the seed.
const FAULTS = faultsFromYaml(`
- endpoint: GET /v3/company/{realmId}/query
  kind: outage
  probability: 0.15
- endpoint: GET /v3/company/{realmId}/query
  kind: rate-limit
  probability: 0.15
- endpoint: GET /v3/company/{realmId}/query
  kind: malformed-body
  probability: 0.15
  params: { mode: random-bytes, bytes: 8 }
- endpoint: GET /v3/company/{realmId}/query
  kind: latency
  probability: 0.3
  params: { distribution: uniform, minMs: 0, maxMs: 2 }
`);

let mocks: MockRuntime;
let qbo: ReturnType<typeof qboRequests>;
beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['quickbooks'] });
  qbo = qboRequests(mocks.baseUrls.quickbooks!);
});
afterAll(() => mocks.close());

const QUERY = quickbooks.catalogue.find((e) => e.endpoint === 'GET /v3/company/{realmId}/query')!;

/** What the engine decides and applies for 1,000 requests with `seed`: per request, fault, draws, status, body digest. */
async function engineRunWith(seed: number): Promise<string[]> {
  const engine = new FaultEngine(FAULTS, { seed, providers: { quickbooks } });
  // An aborted request: latency draws its delay but does not wait it out.
  const request = new Request('http://127.0.0.1/v3/company/1/query', { signal: AbortSignal.abort() });
  const lines: string[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const decision = engine.decide({ provider: 'quickbooks', endpoint: QUERY.endpoint, query: { query: 'select * from Item' }, body: null });
    if (!decision) {
      lines.push('-');
      continue;
    }
    const outcome = await engine.apply(decision, { request, provider: quickbooks, endpoint: QUERY, passThrough: async () => Response.json({ QueryResponse: {} }) });
    const response = outcome.type === 'response' ? outcome.response : null;
    const digest = response ? createHash('sha256').update(Buffer.from(await response.arrayBuffer())).digest('hex').slice(0, 8) : '';
    lines.push(`${decision.spec.kind} ${JSON.stringify(outcome.details ?? {})} ${response?.status} ${decision.spec.kind === 'malformed-body' ? digest : ''}`);
  }
  return lines;
}

/** What sequential requests through the runtime saw with `seed`: per request, the fault, its draws, the status and the body digest. */
async function runWith(seed: number): Promise<string[]> {
  mocks.reset();
  mocks.applyFaults(FAULTS, { seed });
  const bodies: string[] = [];
  for (let i = 0; i < HTTP_REQUESTS; i++) {
    const response = await qbo.query('select * from Item');
    const body = Buffer.from(await response.arrayBuffer());
    bodies.push(response.headers.get('content-type')?.includes('json') && body.length === 8 ? body.toString('hex') : '');
  }
  return mocks.journal().map((e, i) => `${e.fault?.kind ?? '-'} ${JSON.stringify(e.fault?.details ?? {})} ${e.status} ${bodies[i]}`);
}

describe('determinism', () => {
  it('gives the identical fault sequence over 1,000 requests for the same seed, and another for another seed', async () => {
    const first = await engineRunWith(20261129);
    expect(first).toHaveLength(REQUESTS);
    expect(await engineRunWith(20261129)).toEqual(first);
    expect(await engineRunWith(42)).not.toEqual(first);
    // Every fault really took part: each kind hit a plausible share of the requests.
    const share = (kind: string) => first.filter((line) => line.split(' ')[0] === kind).length / REQUESTS;
    expect(share('outage')).toBeGreaterThan(0.1);
    expect(share('rate-limit')).toBeGreaterThan(0.08);
    expect(share('malformed-body')).toBeGreaterThan(0.06);
    expect(share('latency')).toBeGreaterThan(0.1);
    expect(share('-')).toBeGreaterThan(0.2);
  });

  it('keeps that sequence through real HTTP: same seed, same faults, statuses, delays and bytes', async () => {
    const first = await runWith(20261129);
    expect(first).toHaveLength(HTTP_REQUESTS);
    expect(await runWith(20261129)).toEqual(first);
    expect(await runWith(42)).not.toEqual(first);
    expect(new Set(first.map((line) => line.split(' ')[0]))).toEqual(new Set(['-', 'outage', 'rate-limit', 'malformed-body', 'latency']));
  }, 60_000);
});
