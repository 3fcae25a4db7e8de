import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { salesforce } from './index.ts';
import { releaseLabel } from './handlers.ts';
import { toId18 } from './data.ts';

let mocks: MockRuntime;
let base: string;
const auth = { Authorization: 'Bearer mock-session-token' };
const query = (soql: string, headers: Record<string, string> = {}) => fetch(`${base}/services/data/v62.0/query?q=${encodeURIComponent(soql)}`, { headers: { ...auth, ...headers } });

beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['salesforce'] });
  base = mocks.baseUrls.salesforce!;
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

describe('wire format', () => {
  it('lists API versions from v31.0 with release labels, without a session', async () => {
    const response = await fetch(`${base}/services/data/`);
    expect(response.status).toBe(200);
    const versions = await response.json();
    expect(versions[0]).toEqual({ label: "Summer '14", url: '/services/data/v31.0', version: '31.0' });
    expect(versions).toContainEqual({ label: "Winter '25", url: '/services/data/v62.0', version: '62.0' });
  });

  it('puts Sforce-Limit-Info on every answer and counts each call', async () => {
    expect((await query('SELECT Id FROM Account')).headers.get('sforce-limit-info')).toBe('api-usage=19/5000');
    expect((await query('SELECT Nope FROM Account')).headers.get('sforce-limit-info')).toBe('api-usage=20/5000');
  });

  it('keeps Sforce-Limit-Info on a fault the engine sends', async () => {
    mocks.applyFaults([{ provider: 'salesforce', endpoint: 'GET /services/data/{version}/query', kind: 'outage', probability: 1, when: {}, params: {} }]);
    const response = await query('SELECT Id FROM Account');
    expect(response.status).toBe(503);
    expect(response.headers.get('sforce-limit-info')).toBe('api-usage=18/5000');
  });

  it('answers errors as a JSON array of { message, errorCode }', async () => {
    const response = await query('SELECT Nope FROM Account');
    expect(response.status).toBe(400);
    const [error] = await response.json();
    expect(error.errorCode).toBe('INVALID_FIELD');
    expect(error.message).toContain("No such column 'Nope' on entity 'Account'");
    expect((await (await query('SELEKT Id FROM Contact')).json())[0].errorCode).toBe('MALFORMED_QUERY');
    expect((await (await query('SELECT Id FROM Spaceship__c')).json())[0].errorCode).toBe('INVALID_TYPE');
  });

  it('answers 401 INVALID_SESSION_ID without a token, 410 for a retired version and 404 for an unknown one', async () => {
    const missing = await fetch(`${base}/services/data/v62.0/query?q=SELECT+Id+FROM+Contact`);
    expect(missing.status).toBe(401);
    expect(await missing.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    expect((await fetch(`${base}/services/data/v30.0/query?q=SELECT+Id+FROM+Contact`, { headers: auth })).status).toBe(410);
    expect((await fetch(`${base}/services/data/v99.0/query?q=SELECT+Id+FROM+Contact`, { headers: auth })).status).toBe(404);
  });
});

describe('queries', () => {
  it('pages by batch size with done, totalSize and nextRecordsUrl, and refuses a spent locator', async () => {
    const first = await (await query('SELECT Id FROM Contact', { 'Sforce-Query-Options': 'batchSize=200' })).json();
    expect(first).toMatchObject({ totalSize: 250, done: false, nextRecordsUrl: expect.stringMatching(/^\/services\/data\/v62\.0\/query\/01g\w+-200$/) });
    expect(first.records).toHaveLength(200);
    const second = await (await fetch(`${base}${first.nextRecordsUrl}`, { headers: auth })).json();
    expect(second).toMatchObject({ totalSize: 250, done: true });
    expect(second.nextRecordsUrl).toBeUndefined();
    expect(second.records).toHaveLength(50);
    const spent = await fetch(`${base}${first.nextRecordsUrl}`, { headers: auth });
    expect((await spent.json())[0].errorCode).toBe('INVALID_QUERY_LOCATOR');
  });

  it('filters, orders, limits and counts', async () => {
    const named = await (await query("SELECT Name FROM Account WHERE Industry IN ('Energy', 'Apparel') ORDER BY Name DESC LIMIT 5")).json();
    expect(named.records.map((r: any) => r.Name)).toEqual(['United Oil & Gas Corp.', 'Burlington Textiles Corp of America']);
    expect(await (await query("SELECT COUNT() FROM Contact WHERE Email LIKE '%@edge.com'")).json()).toEqual({ totalSize: 2, done: true, records: [] });
  });
});

describe('ids and labels', () => {
  it('computes the 18-character id checksum as Salesforce does', () => {
    expect(toId18('001000000000001')).toBe('001000000000001AAA');
    expect(toId18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    expect(releaseLabel(66)).toBe("Spring '26");
  });
});

describe('dialect', () => {
  it('says every failure kind the fault engine asks providers for, each noting its source', () => {
    for (const kind of ['outage', 'maintenance', 'rate-limit', 'auth-revoked', 'not-found', 'validation', 'deprecated', 'version-gone']) expect(salesforce.dialect[kind]?.notes, kind).toBeTruthy();
  });
});
