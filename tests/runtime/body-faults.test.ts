import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { qboRequests } from '../../mocks/quickbooks/test-requests.ts';
import { queryFault } from './yaml-faults.ts';

let mocks: MockRuntime;
let qbo: ReturnType<typeof qboRequests>;
beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['quickbooks'] });
  qbo = qboRequests(mocks.baseUrls.quickbooks!);
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

const vendors = () => qbo.query('select * from Vendor');
const sha = (bytes: ArrayBuffer) => createHash('sha256').update(Buffer.from(bytes)).digest('hex');

describe('malformed-body', () => {
  it('truncated: the usual 200 and JSON type, with the body cut at keepFraction so it does not parse', async () => {
    const whole = await (await vendors()).text();
    mocks.applyFaults(queryFault('malformed-body', '{ mode: truncated, keepFraction: 0.25 }'));
    const response = await vendors();
    expect([response.status, response.headers.get('content-type')]).toEqual([200, expect.stringContaining('json')]);
    const text = await response.text();
    expect(text.length).toBe(Math.floor(whole.length * 0.25));
    expect(whole.startsWith(text)).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('random-bytes: the same seed sends the same bytes, another seed others', async () => {
    const bytesWith = async (seed: number) => {
      mocks.applyFaults(queryFault('malformed-body', '{ mode: random-bytes, bytes: 64 }'), { seed });
      const response = await vendors();
      expect(response.status).toBe(200);
      const body = await response.arrayBuffer();
      expect(body.byteLength).toBe(64);
      return sha(body);
    };
    const first = await bytesWith(7);
    expect(await bytesWith(7)).toBe(first);
    expect(await bytesWith(8)).not.toBe(first);
  });

  it('wrong-content-type: the happy body under the given Content-Type', async () => {
    mocks.applyFaults(queryFault('malformed-body', '{ mode: wrong-content-type, contentType: text/xml }'));
    const response = await vendors();
    expect(response.headers.get('content-type')).toBe('text/xml');
    expect(JSON.parse(await response.text()).QueryResponse.Vendor.length).toBeGreaterThan(0);
  });
});

describe('auth-revoked', () => {
  it("answers QuickBooks' own 401 AuthenticationFailed by default", async () => {
    mocks.applyFaults(queryFault('auth-revoked'));
    const response = await vendors();
    expect(response.status).toBe(401);
    expect((await response.json()).fault.error[0].code).toBe('3200');
  });

  it("answers the dialect's forbidden entry for status 403", async () => {
    mocks.applyFaults(queryFault('auth-revoked', '{ status: 403 }'));
    const response = await vendors();
    expect(response.status).toBe(403);
    expect((await response.json()).Fault.Error[0].code).toBe('3100');
  });
});

describe('breaking-change', () => {
  const vendorList = async () => (await (await vendors()).json()).QueryResponse.Vendor as Array<Record<string, unknown>>;

  it('remove-field drops the field from every vendor, keeping the 200', async () => {
    mocks.applyFaults(queryFault('breaking-change', '{ change: remove-field, path: QueryResponse.Vendor.DisplayName }'));
    const list = await vendorList();
    expect(list.length).toBeGreaterThan(1);
    expect(list.every((v) => !('DisplayName' in v) && 'CompanyName' in v)).toBe(true);
    expect(mocks.journal()[0]).toMatchObject({ status: 200, fault: { details: { fields: list.length } } });
  });

  it('rename-field moves the value to the new name', async () => {
    const before = (await vendorList())[0]!.DisplayName;
    mocks.applyFaults(queryFault('breaking-change', '{ change: rename-field, path: QueryResponse.Vendor.DisplayName, to: Name }'));
    const [first] = await vendorList();
    expect([first!.Name, 'DisplayName' in first!]).toEqual([before, false]);
  });

  it('retype-field turns a number into a string and an object into a string', async () => {
    mocks.applyFaults(queryFault('breaking-change', '{ change: retype-field, path: QueryResponse.Vendor.Balance, type: string }'));
    expect((await vendorList()).every((v) => typeof v.Balance === 'string')).toBe(true);
    mocks.applyFaults(queryFault('breaking-change', '{ change: retype-field, path: QueryResponse.Vendor.0.BillAddr, type: string }'));
    const list = await vendorList();
    expect([typeof list[0]!.BillAddr, typeof list[1]!.BillAddr]).toEqual(['string', 'object']);
  });

  it('envelope moves the whole body under a new key', async () => {
    mocks.applyFaults(queryFault('breaking-change', '{ change: envelope, wrapIn: result }'));
    const body = await (await vendors()).json();
    expect(Object.keys(body)).toEqual(['result']);
    expect(body.result.QueryResponse.Vendor.length).toBeGreaterThan(0);
  });

  it('silent renames every key to another convention with a 200', async () => {
    mocks.applyFaults(queryFault('breaking-change', '{ change: silent }'));
    const response = await vendors();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.query_response.vendor[0].display_name).toBeTypeOf('string');
    expect(mocks.journal()[0]!.fault!.details).toMatchObject({ style: 'snake_case' });
  });

  it("endpoint-gone with status 404 answers the dialect's not-found entry as a 404", async () => {
    mocks.applyFaults(queryFault('breaking-change', '{ change: endpoint-gone, status: 404 }'));
    const response = await vendors();
    expect(response.status).toBe(404);
    expect((await response.json()).Fault).toBeDefined();
  });

  it('version-sunset warning keeps the answer and adds Deprecation and a Sunset 30 days ahead', async () => {
    mocks.applyFaults(queryFault('breaking-change', '{ change: version-sunset, stage: warning }'));
    const response = await vendors();
    expect(response.status).toBe(200);
    expect(response.headers.get('deprecation')).toMatch(/^@\d+$/);
    const days = (Date.parse(response.headers.get('sunset')!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31);
  });

  it('answers a 500 naming the path when it matches no field', async () => {
    mocks.applyFaults(queryFault('breaking-change', '{ change: remove-field, path: QueryResponse.Nobody }'));
    const response = await vendors();
    expect(response.status).toBe(500);
    expect((await response.json()).error).toContain('path "QueryResponse.Nobody" matches no field in the GET /v3/company/{realmId}/query answer (200); its top-level fields: QueryResponse, time');
  });
});
