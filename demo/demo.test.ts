import type { AddressInfo } from 'node:net';
import express from 'express';
import { describe, expect, it, onTestFinished } from 'vitest';
import { GUIDED_RETRY_TUNING } from './backend/call-policies.ts';
import { LEGACY_ERROR_BODY } from './backend/routes.ts';
import { startDemo } from './server.ts';

/** How the stub answers one call: as usual, or failing the way QuickBooks does. */
type Behaviour = 'ok' | 'outage' | 'hang' | 'unauthorized' | 'throttled';
type StubEndpoint = 'query' | 'purchase';
interface StubCall { endpoint: StubEndpoint; at: number; query: Record<string, string>; headers: Record<string, unknown>; body: unknown }

const fault = (type: string, code: string, message: string) => ({ Fault: { Error: [{ Message: message, Detail: message, code, element: '' }], type }, time: new Date().toISOString() });
// Out of alphabetical order on purpose: the page gets them sorted.
const VENDORS = [{ Id: '30', DisplayName: 'Books by Bessie', Active: true }, { Id: '56', DisplayName: "Bob's Burger Joint", Active: true }];
const ACCOUNTS = [
  { Id: '35', Name: 'Checking', AccountType: 'Bank' },
  { Id: '41', Name: 'Mastercard', AccountType: 'Credit Card' },
  { Id: '13', Name: 'Meals and Entertainment', AccountType: 'Expense' },
  { Id: '84', Name: 'Accounts Receivable (A/R)', AccountType: 'Accounts Receivable' },
];

/** A few lines of QuickBooks Online: the query and purchase endpoints, scripted per call. */
async function startQuickBooksStub() {
  const calls: StubCall[] = [];
  const script: Record<StubEndpoint, (n: number) => Behaviour> = { query: () => 'ok', purchase: () => 'ok' };
  const app = express();
  app.use(express.json());
  const failOr = (endpoint: StubEndpoint, req: express.Request, res: express.Response, ok: () => void) => {
    const n = calls.filter((c) => c.endpoint === endpoint).length;
    calls.push({ endpoint, at: Date.now(), query: req.query as Record<string, string>, headers: req.headers, body: req.body });
    const behaviour = script[endpoint](n);
    if (behaviour === 'hang') return;
    if (behaviour === 'outage') res.status(503).json(fault('SystemFault', '10000', 'Service Unavailable'));
    else if (behaviour === 'unauthorized') res.status(401).json(fault('AUTHENTICATION', '3200', 'message=AuthenticationFailed; errorCode=003200; statusCode=401'));
    else if (behaviour === 'throttled') res.status(429).set('Retry-After', '1').json(fault('ThrottleExceeded', '3001', 'message=ThrottleExceeded; errorCode=003001; statusCode=429'));
    else ok();
  };
  app.get('/v3/company/:realmId/query', (req, res) =>
    failOr('query', req, res, () => {
      const entity = /from (\w+)/i.exec(String(req.query.query))?.[1];
      const rows = entity === 'Vendor' ? VENDORS : ACCOUNTS;
      res.json({ QueryResponse: { [entity ?? 'Unknown']: rows, startPosition: 1, maxResults: rows.length }, time: new Date().toISOString() });
    }),
  );
  app.post('/v3/company/:realmId/purchase', (req, res) => failOr('purchase', req, res, () => res.json({ Purchase: { Id: '186', ...req.body }, time: new Date().toISOString() })));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    script,
    close: () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); }),
  };
}

async function setup(mode: 'legacy' | 'guided') {
  const stub = await startQuickBooksStub();
  const demo = await startDemo({ mode, baseUrls: { quickbooks: stub.url }, realmId: '9130355377388316' });
  onTestFinished(async () => { await demo.close(); await stub.close(); });
  const api = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${demo.url}${path}`, init);
    return { status: response.status, body: await response.json() };
  };
  return { stub, demo, api };
}

const expense = { payeeId: '56', paymentAccountId: '41', paymentType: 'CreditCard', txnDate: '2026-11-28', amount: 42.5, categoryId: '13', memo: 'Team lunch', requestId: 'c0ffee00-0000-4000-8000-000000000001' };
const post = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('demo backend, QuickBooks available', () => {
  it.each(['legacy', 'guided'] as const)('%s lists vendors with the real query, headers and minor version', async (mode) => {
    const { stub, api } = await setup(mode);
    const { status, body } = await api('/api/quickbooks/vendors');
    expect(status).toBe(200);
    expect(body).toEqual({ vendors: [{ id: '56', name: "Bob's Burger Joint" }, { id: '30', name: 'Books by Bessie' }] });
    expect(stub.calls).toHaveLength(1);
    expect(stub.calls[0]!.query).toEqual({ query: 'select * from Vendor', minorversion: '75' });
    expect(stub.calls[0]!.headers).toMatchObject({ authorization: expect.stringMatching(/^Bearer \S+/), accept: 'application/json' });
  });

  it('splits accounts into payment accounts (with their PaymentType) and expense categories', async () => {
    const { api } = await setup('guided');
    const { body } = await api('/api/quickbooks/accounts');
    expect(body).toEqual({
      paymentAccounts: [{ id: '35', name: 'Checking', paymentType: 'Cash' }, { id: '41', name: 'Mastercard', paymentType: 'CreditCard' }],
      expenseAccounts: [{ id: '13', name: 'Meals and Entertainment' }],
    });
  });

  it('creates a purchase in QuickBooks with the documented body', async () => {
    const { stub, api } = await setup('guided');
    const { status, body } = await api('/api/quickbooks/expenses', post(expense));
    expect([status, body]).toEqual([201, { expense: { id: '186' } }]);
    expect(stub.calls[0]!.body).toEqual({
      PaymentType: 'CreditCard',
      AccountRef: { value: '41' },
      EntityRef: { value: '56', type: 'Vendor' },
      TxnDate: '2026-11-28',
      Line: [{ Amount: 42.5, DetailType: 'AccountBasedExpenseLineDetail', AccountBasedExpenseLineDetail: { AccountRef: { value: '13' } }, Description: 'Team lunch' }],
    });
  });

  it('refuses an incomplete expense without calling QuickBooks', async () => {
    const { stub, api } = await setup('guided');
    const { status, body } = await api('/api/quickbooks/expenses', post({ ...expense, payeeId: '' }));
    expect(status).toBe(400);
    expect(body.error.issues).toEqual([expect.stringContaining('payeeId')]);
    expect(stub.calls).toHaveLength(0);
  });

  it('serves the expense page and tells it its UX mode', async () => {
    const { demo } = await setup('legacy');
    const page = await (await fetch(`${demo.url}/expenses/new`)).text();
    expect(page).toContain('Create a QuickBooks expense');
    expect(await (await fetch(`${demo.url}/app-config.js`)).text()).toContain('"legacy"');
  });
});

describe('demo backend, QuickBooks failing', () => {
  it('legacy: one call, then the generic 500 body', async () => {
    const { stub, api } = await setup('legacy');
    stub.script.query = () => 'outage';
    expect(await api('/api/quickbooks/vendors')).toEqual({ status: 500, body: LEGACY_ERROR_BODY });
    expect(stub.calls).toHaveLength(1);
  });

  it('guided: three calls with growing gaps, then a structured error without the upstream body', async () => {
    const { stub, api } = await setup('guided');
    stub.script.query = () => 'outage';
    expect(await api('/api/quickbooks/vendors')).toEqual({ status: 503, body: { error: { integration: 'QuickBooks', reason: 'unavailable' } } });
    const at = stub.calls.map((c) => c.at);
    expect(at).toHaveLength(3);
    const [first, second] = [at[1]! - at[0]!, at[2]! - at[1]!];
    expect(first).toBeGreaterThanOrEqual(GUIDED_RETRY_TUNING.initialBackoffMs - 20);
    expect(second).toBeGreaterThan(first);
  });

  it('guided: recovers on a retry when QuickBooks comes back', async () => {
    const { stub, api } = await setup('guided');
    stub.script.query = (n) => (n === 0 ? 'outage' : 'ok');
    expect((await api('/api/quickbooks/vendors')).status).toBe(200);
    expect(stub.calls).toHaveLength(2);
  });

  it('guided: a hung QuickBooks is answered within the overall timeout', async () => {
    const { stub, api } = await setup('guided');
    stub.script.query = () => 'hang';
    const started = Date.now();
    const { status, body } = await api('/api/quickbooks/vendors');
    const elapsed = Date.now() - started;
    expect([status, body]).toEqual([503, { error: { integration: 'QuickBooks', reason: 'unavailable' } }]);
    expect(elapsed).toBeGreaterThanOrEqual(GUIDED_RETRY_TUNING.overallTimeoutMs - 100);
    expect(elapsed).toBeLessThan(GUIDED_RETRY_TUNING.overallTimeoutMs + 500);
    expect(stub.calls).toHaveLength(3);
  });

  it('legacy: a hung QuickBooks leaves the request hanging', async () => {
    const { stub, demo } = await setup('legacy');
    stub.script.query = () => 'hang';
    await expect(fetch(`${demo.url}/api/quickbooks/vendors`, { signal: AbortSignal.timeout(1500) })).rejects.toThrow(/aborted|timeout/i);
    expect(stub.calls).toHaveLength(1);
  });

  it('guided: a refused token is not retried and reads as disconnected', async () => {
    const { stub, api } = await setup('guided');
    stub.script.query = () => 'unauthorized';
    expect(await api('/api/quickbooks/vendors')).toEqual({ status: 502, body: { error: { integration: 'QuickBooks', reason: 'disconnected' } } });
    expect(stub.calls).toHaveLength(1);
  });

  it('guided: waits out Retry-After after a 429 before trying again', async () => {
    const { stub, api } = await setup('guided');
    stub.script.query = (n) => (n === 0 ? 'throttled' : 'ok');
    expect((await api('/api/quickbooks/vendors')).status).toBe(200);
    expect(stub.calls[1]!.at - stub.calls[0]!.at).toBeGreaterThanOrEqual(1000 - 20);
  });

  it('guided: retried creates carry one requestid, so QuickBooks cannot duplicate them', async () => {
    const { stub, api } = await setup('guided');
    stub.script.purchase = () => 'outage';
    expect(await api('/api/quickbooks/expenses', post(expense))).toEqual({ status: 503, body: { error: { integration: 'QuickBooks', reason: 'unavailable' } } });
    expect(stub.calls.map((c) => c.query.requestid)).toEqual(Array(3).fill(expense.requestId));
  });

  it('legacy: a failed create is one call without requestid, then the generic 500 body', async () => {
    const { stub, api } = await setup('legacy');
    stub.script.purchase = () => 'outage';
    expect(await api('/api/quickbooks/expenses', post(expense))).toEqual({ status: 500, body: LEGACY_ERROR_BODY });
    expect(stub.calls.map((c) => c.query.requestid)).toEqual([undefined]);
  });
});
