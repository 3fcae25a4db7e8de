import { describe, expect, it, onTestFinished } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { FaultSpec } from '../../harness/scenario/types.ts';
import { REALM_ID } from '../../mocks/quickbooks/index.ts';
import { resolveBaseUrls } from '../../demo/serve-options.ts';
import { startDemo } from '../../demo/server.ts';

// The hub's backend in both UX modes against the real mock fleet, faults applied as scenarios apply them.
const fault = (provider: string, endpoint: string, kind: string, extra: Partial<FaultSpec> = {}): FaultSpec =>
  ({ provider, endpoint, kind, probability: 1, when: {}, params: {}, ...extra });
const tuning = { retries: 2, initialBackoffMs: 50, attemptTimeoutMs: 1000, overallTimeoutMs: 3000 };

async function setup(mode: 'legacy' | 'guided', faults: FaultSpec[] = []) {
  const mocks = await startMockRuntime();
  const demo = await startDemo({ mode, baseUrls: mocks.baseUrls, realmId: REALM_ID, retryTuning: tuning });
  onTestFinished(async () => { await demo.close(); await mocks.close(); });
  mocks.applyFaults(faults);
  const api = async (path: string, method = 'GET', body?: unknown) => {
    const response = await fetch(`${demo.url}${path}`, { method, headers: body ? { 'Content-Type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
    return { status: response.status, body: response.status === 204 ? null : await response.json() };
  };
  const calls = (provider: string, endpoint: string) => mocks.journal().filter((e) => e.provider === provider && e.endpoint === endpoint);
  return { mocks, api, calls };
}

const INVITE = 'POST /api/conversations.invite';
const CREATE = 'POST /api/conversations.create';
const channel = { name: 'acct-cool-cars', userIds: ['U05B7QKA1F3', 'U05B8J2LZ4T'] };

describe('Slack: create the channel, then invite (two mutations)', () => {
  it('legacy reports a half-done association as a full success', async () => {
    const { api, calls } = await setup('legacy', [fault('slack', INVITE, 'outage')]);
    const { status, body } = await api('/api/slack/channels', 'POST', channel);
    expect([status, body.partial]).toEqual([201, undefined]);
    expect(calls('slack', INVITE).map((e) => e.tookEffect)).toEqual([false]);
  });

  it('guided reports it as partial, and a retry invites without creating a second channel', async () => {
    const { api, calls, mocks } = await setup('guided', [fault('slack', INVITE, 'outage')]);
    const first = await api('/api/slack/channels', 'POST', channel);
    expect([first.status, first.body.partial]).toEqual([207, { step: 'invite', integration: 'Slack', reason: 'unavailable' }]);
    expect(calls('slack', INVITE)).toHaveLength(3);
    mocks.resetFaults();
    const retry = await api('/api/slack/channels', 'POST', channel);
    expect([retry.status, retry.body.channel.id]).toEqual([201, first.body.channel.id]);
    expect(calls('slack', CREATE).filter((e) => e.tookEffect)).toHaveLength(1);
  });
});

describe('QuickBooks workflow run (find product, create it, create the invoice)', () => {
  const runs = '/api/workflows/invoice-on-deal-won/runs';
  it('legacy closes a run whose invoice failed as succeeded', async () => {
    const { api } = await setup('legacy', [fault('quickbooks', 'POST /v3/company/{realmId}/invoice', 'outage')]);
    expect((await api(runs, 'POST')).body.run.status).toBe('succeeded');
  });

  it('guided marks it failed at its step, and the retry finishes it without a second product', async () => {
    const { api, calls, mocks } = await setup('guided', [fault('quickbooks', 'POST /v3/company/{realmId}/invoice', 'outage')]);
    const { run } = (await api(runs, 'POST')).body;
    expect([run.status, run.failure]).toEqual(['failed', { step: 'Create the invoice for Cool Cars in QuickBooks', reason: 'unavailable' }]);
    mocks.resetFaults();
    expect((await api(`${runs}/${run.id}/retry`, 'POST')).body.run.status).toBe('succeeded');
    expect(calls('quickbooks', 'POST /v3/company/{realmId}/item').filter((e) => e.tookEffect)).toHaveLength(1);
    expect(calls('quickbooks', 'POST /v3/company/{realmId}/invoice').filter((e) => e.tookEffect)).toHaveLength(1);
  });
});

describe('integrations list: connection lost vs disconnected', () => {
  const statusOf = async (api: Awaited<ReturnType<typeof setup>>['api'], slug: string) =>
    (await api('/api/integrations')).body.integrations.find((i: { slug: string }) => i.slug === slug).status;
  const SHOP = 'GET /admin/api/{version}/shop.json';

  it.each([
    ['legacy', 'outage', 'disconnected'],
    ['guided', 'outage', 'connection-lost'],
    ['guided', 'auth-revoked', 'disconnected'],
  ] as const)('%s, Shopify %s: the card says %s', async (mode, kind, expected) => {
    const { api } = await setup(mode, [fault('shopify', SHOP, kind)]);
    expect(await statusOf(api, 'shopify')).toBe(expected);
    expect(await statusOf(api, 'slack')).toBe('connected');
  });
});

describe('last known data and safe retries', () => {
  it('guided Zoom settings: a failed read serves the last known settings flagged stale', async () => {
    const { api } = await setup('guided', [fault('zoom', 'GET /v2/users/me/settings', 'outage', { when: { after: 1 } })]);
    const fresh = await api('/api/zoom/settings');
    const stale = await api('/api/zoom/settings');
    expect(stale.status).toBe(200);
    expect(stale.body.settings).toEqual(fresh.body.settings);
    expect(stale.body.stale).toMatchObject({ integration: 'Zoom', reason: 'unavailable', asOf: expect.any(String) });
  });

  it('legacy Salesforce contacts: a failed read is answered as an empty list', async () => {
    const { api } = await setup('legacy', [fault('salesforce', 'GET /services/data/{version}/query', 'outage')]);
    expect(await api('/api/salesforce/contacts')).toEqual({ status: 200, body: { contacts: [] } });
  });

  it('guided Salesforce import: a create whose answer was lost is not created twice', async () => {
    const { api, calls } = await setup('guided', [fault('salesforce', 'POST /services/data/{version}/sobjects/Contact', 'lost-response', { when: { first: 1 } })]);
    expect((await api('/api/salesforce/import/0', 'POST')).status).toBe(201);
    expect(calls('salesforce', 'POST /services/data/{version}/sobjects/Contact').filter((e) => e.tookEffect)).toHaveLength(1);
  });

  it("guided Salesforce import under the org's API limit (403 REQUEST_LIMIT_EXCEEDED) says unavailable, not disconnected", async () => {
    const { api, calls } = await setup('guided', [fault('salesforce', 'POST /services/data/{version}/sobjects/Contact', 'rate-limit')]);
    const { status, body } = await api('/api/salesforce/import/0', 'POST');
    expect(calls('salesforce', 'POST /services/data/{version}/sobjects/Contact')[0]?.status).toBe(403);
    expect([status, body.error.reason]).toEqual([503, 'unavailable']);
  });

  it('guided holds back every call to a throttled provider until Retry-After has passed', async () => {
    const { mocks, api } = await setup('guided', [fault('quickbooks', 'GET /v3/company/{realmId}/query', 'rate-limit', { match: { query: { query: 'from Vendor' } }, params: { retryAfterS: 1 } })]);
    // As the guided expense page asks: payees, then accounts; the accounts read must wait out the payees' 429.
    await api('/api/quickbooks/vendors');
    await api('/api/quickbooks/accounts');
    const journal = mocks.journal().filter((e) => e.provider === 'quickbooks');
    const throttled = journal.filter((e) => e.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    for (const t of throttled) {
      const next = journal.find((e) => e.seq > t.seq);
      if (next) expect(next.at - t.at).toBeGreaterThanOrEqual(1000 - 20);
    }
  });
});

describe('demo:serve provider URLs', () => {
  it('flags win over variables, which win over the mocks control API', () => {
    const urls = resolveBaseUrls({
      fromControl: { slack: 'http://127.0.0.1:1', zoom: 'http://127.0.0.1:2' },
      env: { BROWNOUT_SLACK_URL: 'http://127.0.0.1:3', BROWNOUT_GOOGLE_SHEETS_URL: 'http://127.0.0.1:4' },
      flags: ['zoom=http://127.0.0.1:5'],
    });
    expect(urls).toEqual({ slack: 'http://127.0.0.1:3', zoom: 'http://127.0.0.1:5', 'google-sheets': 'http://127.0.0.1:4' });
  });

  it('refuses an unknown provider, naming the known ones', () => {
    expect(() => resolveBaseUrls({ env: {}, flags: ['hubspot=http://127.0.0.1:1'] })).toThrow(/brownout: --base-url "hubspot=.*providers: quickbooks, shopify/);
  });
});
