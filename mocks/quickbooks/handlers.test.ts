import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { REALM_ID } from './data.ts';
import { qboRequests, samplePurchase } from './test-requests.ts';

const QBO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/;
let mocks: MockRuntime;
let qbo: ReturnType<typeof qboRequests>;

beforeAll(async () => {
  // QuickBooks' realistic auth and realm checks (strictAuth); the default, lenient, is tested at the end.
  mocks = await startMockRuntime({ providers: ['quickbooks'], strictAuth: ['quickbooks'] });
  qbo = qboRequests(mocks.baseUrls.quickbooks!);
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

const firstError = (body: any) => body.Fault.Error[0];

describe('query', () => {
  it('answers select * from Vendor with the QueryResponse envelope of the active seeded vendors', async () => {
    const response = await qbo.query('select * from Vendor');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    const body = await response.json();
    expect(Object.keys(body)).toEqual(['QueryResponse', 'time']);
    expect(body.time).toMatch(QBO_TIME);
    const { Vendor, startPosition, maxResults } = body.QueryResponse;
    expect(startPosition).toBe(1);
    expect(maxResults).toBe(8);
    expect(Vendor).toHaveLength(8);
    expect(Vendor.map((v: any) => v.DisplayName)).toContain('Books by Bessie');
    expect(Vendor.map((v: any) => v.DisplayName)).not.toContain("Tania's Nursery");
    expect(Vendor[0]).toMatchObject({ Id: '30', SyncToken: '0', Active: true, PrimaryEmailAddr: { Address: 'Books@Intuit.com' }, MetaData: { CreateTime: expect.stringMatching(/T/) } });
  });

  it('reads the entity name case-insensitively and filters on where clauses', async () => {
    const byName = await (await qbo.query("SELECT * FROM vendor WHERE DisplayName = 'cal telephone'")).json();
    expect(byName.QueryResponse.Vendor.map((v: any) => v.Id)).toEqual(['32']);
    const inactive = await (await qbo.query('select * from Vendor where Active = false')).json();
    expect(inactive.QueryResponse.Vendor.map((v: any) => v.DisplayName)).toEqual(["Tania's Nursery"]);
    const cards = await (await qbo.query("select * from Account where AccountType = 'Credit Card' and Name like 'V%'")).json();
    expect(cards.QueryResponse.Account.map((a: any) => a.Name)).toEqual(['Visa']);
  });

  it('pages with STARTPOSITION and MAXRESULTS', async () => {
    const body = await (await qbo.query('select * from Vendor STARTPOSITION 3 MAXRESULTS 2')).json();
    expect(body.QueryResponse).toMatchObject({ startPosition: 3, maxResults: 2 });
    expect(body.QueryResponse.Vendor.map((v: any) => v.Id)).toEqual(['32', '33']);
  });

  it('answers an empty QueryResponse when nothing matches, and totalCount for count(*)', async () => {
    expect((await (await qbo.query("select * from Customer where DisplayName = 'Nobody'")).json()).QueryResponse).toEqual({});
    expect((await (await qbo.query('select count(*) from Item')).json()).QueryResponse).toEqual({ totalCount: 6 });
  });

  it('answers a query sent as the body of a POST', async () => {
    const response = await fetch(`${qbo.company}/query?minorversion=75`, { method: 'POST', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/text' }, body: 'select * from Item where Type = \'Inventory\'' });
    expect((await response.json()).QueryResponse.Item.map((i: any) => i.Name)).toEqual(['Pump', 'Sprinkler Heads']);
  });

  it('answers a query it cannot parse with a 400 ValidationFault', async () => {
    const response = await qbo.query('select * from Spaceship');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.Fault.type).toBe('ValidationFault');
    expect(firstError(body)).toMatchObject({ code: '4000', Message: 'Error parsing query' });
    expect(firstError(body).Detail).toContain('Spaceship');
  });
});

describe('POST /purchase', () => {
  it('creates a purchase that the next select * from Purchase shows', async () => {
    const response = await qbo.create('purchase', samplePurchase());
    expect(response.status).toBe(200);
    const { Purchase, time } = await response.json();
    expect(time).toMatch(QBO_TIME);
    expect(Purchase).toMatchObject({ Id: expect.stringMatching(/^\d+$/), SyncToken: '0', TotalAmt: 12.5, PaymentType: 'CreditCard', AccountRef: { value: '42', name: 'Visa' }, EntityRef: { value: '30', name: 'Books by Bessie', type: 'Vendor' } });
    const listed = await (await qbo.query('select * from Purchase')).json();
    expect(listed.QueryResponse.Purchase.map((p: any) => p.Id)).toContain(Purchase.Id);
    const visa = await (await qbo.read('account', '42')).json();
    expect(visa.Account.CurrentBalance).toBe(12.5);
  });

  it('answers an unknown reference with 400 ValidationFault 2500 Invalid Reference Id', async () => {
    const response = await qbo.create('purchase', { ...samplePurchase(), EntityRef: { value: '999', type: 'Vendor' } });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.Fault.type).toBe('ValidationFault');
    expect(firstError(body)).toMatchObject({ code: '2500', Message: 'Invalid Reference Id', element: 'EntityRef' });
    expect(firstError(body).Detail).toContain('999');
    expect((await (await qbo.query('select count(*) from Purchase')).json()).QueryResponse.totalCount).toBe(2);
  });

  const missingFields: Array<[defect: string, body: Record<string, unknown>, detail: string]> = [
    ['no PaymentType', { ...samplePurchase(), PaymentType: undefined }, 'Required parameter PaymentType is missing in the request'],
    ['no AccountRef', { ...samplePurchase(), AccountRef: undefined }, 'Required parameter AccountRef is missing in the request'],
    ['no Line', { ...samplePurchase(), Line: [] }, 'Required parameter Line is missing in the request'],
    ['a line without Amount', { ...samplePurchase(), Line: [{ DetailType: 'AccountBasedExpenseLineDetail', AccountBasedExpenseLineDetail: { AccountRef: { value: '15' } } }] }, 'Required parameter Line[0].Amount is missing'],
    ['a line without its account', { ...samplePurchase(), Line: [{ Amount: 3, DetailType: 'AccountBasedExpenseLineDetail', AccountBasedExpenseLineDetail: {} }] }, 'Line[0].AccountBasedExpenseLineDetail.AccountRef'],
  ];
  it.each(missingFields)('answers %s with 2020 Required param missing', async (_defect, body, detail) => {
    const response = await qbo.create('purchase', body);
    expect(response.status).toBe(400);
    const error = firstError(await response.json());
    expect(error.code).toBe('2020');
    expect(error.Detail).toContain(detail);
  });

  it('answers a reference to an inactive vendor with 610 Object Not Found', async () => {
    const response = await qbo.create('purchase', { ...samplePurchase(), EntityRef: { value: '50', type: 'Vendor' } });
    expect(firstError(await response.json())).toMatchObject({ code: '610', Message: 'Object Not Found' });
  });

  it('replays the first answer for a repeated requestid instead of creating again', async () => {
    const first = await (await qbo.create('purchase', samplePurchase(), { requestId: 'expense-7' })).json();
    const again = await (await qbo.create('purchase', samplePurchase(), { requestId: 'expense-7' })).json();
    expect(again.Purchase.Id).toBe(first.Purchase.Id);
    expect((await (await qbo.query('select count(*) from Purchase')).json()).QueryResponse.totalCount).toBe(3);
    expect(mocks.journal().filter((e) => e.mutation).map((e) => e.tookEffect)).toEqual([true, false]);
  });
});

describe('auth and realm', () => {
  it('answers a missing Authorization header with the 401 AuthenticationFailed dialect', async () => {
    const response = await fetch(`${qbo.company}/query?query=select%20*%20from%20Vendor`);
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body.fault).toEqual({ error: [{ message: 'message=AuthenticationFailed; errorCode=003200; statusCode=401', detail: 'Token revoked', code: '3200', element: null }], type: 'AUTHENTICATION' });
  });

  it('answers a non-Bearer Authorization header with 401 too', async () => {
    const response = await fetch(`${qbo.company}/query?query=select%20*%20from%20Vendor`, { headers: { Authorization: 'Basic dXNlcjpwYXNz' } });
    expect(response.status).toBe(401);
  });

  it('answers a realm the token is not for with 403 AuthorizationFailed 3100', async () => {
    const other = qboRequests(mocks.baseUrls.quickbooks!, '1234567890123456');
    expect(REALM_ID).not.toBe('1234567890123456');
    const response = await other.query('select * from Vendor');
    expect(response.status).toBe(403);
    expect(firstError(await response.json())).toMatchObject({ code: '3100', Message: 'message=AuthorizationFailed; errorCode=003100; statusCode=403' });
  });
});

describe('reads, invoices and items', () => {
  it('reads an entity by id, and answers an unknown id with 610 Object Not Found', async () => {
    expect((await (await qbo.read('vendor', '35')).json()).Vendor.DisplayName).toBe('Computers by Jenni');
    const missing = await qbo.read('vendor', '4040');
    expect(missing.status).toBe(400);
    expect(firstError(await missing.json()).code).toBe('610');
  });

  it('creates an invoice and raises the customer balance', async () => {
    const line = { Amount: 150, DetailType: 'SalesItemLineDetail', SalesItemLineDetail: { ItemRef: { value: '5' }, Qty: 2 } };
    const response = await qbo.create('invoice', { CustomerRef: { value: '3' }, Line: [line] });
    const { Invoice } = await response.json();
    expect(Invoice).toMatchObject({ DocNumber: '1038', TotalAmt: 150, Balance: 150, CustomerRef: { value: '3', name: 'Cool Cars' } });
    expect((await (await qbo.read('customer', '3')).json()).Customer.Balance).toBe(150);
  });

  it('creates an item, and answers a duplicate name with 6240 Duplicate Name Exists', async () => {
    const item = { Name: 'Hedge Trimming', Type: 'Service', UnitPrice: 40, IncomeAccountRef: { value: '45' } };
    expect((await qbo.create('item', item)).status).toBe(200);
    const duplicate = await qbo.create('item', { ...item, Name: 'hedge trimming' });
    expect(duplicate.status).toBe(400);
    expect(firstError(await duplicate.json())).toMatchObject({ code: '6240', Message: 'Duplicate Name Exists Error', element: 'Name' });
  });

  it('answers a path it does not serve with a brownout 404 naming it', async () => {
    const response = await fetch(`${qbo.company}/spaceship/1`, { headers: { Authorization: 'Bearer t' } });
    expect(response.status).toBe(404);
    expect((await response.json()).error).toContain('/spaceship/1');
  });
});

describe('identity is not the fault (default, no strictAuth)', () => {
  it('answers a placeholder token, no token and an unknown realm with the seeded company, also after reset', async () => {
    const lenient = await startMockRuntime({ providers: ['quickbooks'] });
    try {
      const base = lenient.baseUrls.quickbooks!;
      const query = `query=${encodeURIComponent('select * from Vendor')}`;
      for (const round of [1, 2]) {
        const placeholder = await fetch(`${base}/v3/company/1234567890123456/query?${query}`, { headers: { Authorization: 'Bearer placeholder' } });
        const none = await fetch(`${base}/v3/company/sandbox-company/query?${query}`);
        expect({ round, statuses: [placeholder.status, none.status] }).toEqual({ round, statuses: [200, 200] });
        expect((await placeholder.json()).QueryResponse.Vendor.length).toBeGreaterThan(0);
        lenient.reset();
      }
    } finally {
      await lenient.close();
    }
  });
});
