import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { faultKinds } from '../../harness/faults/registry.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import type { FaultSpec } from '../../harness/scenario/types.ts';
import { dialectResponse } from '../kit/dialect.ts';
import { zoom } from './index.ts';
import { zoomTestToken } from './token.ts';

// The wire as Zoom speaks it, for clients other than Zoom's Rivet SDK (plain fetch, as many products call Zoom):
// headers, status codes, bodies. The SDK's own reactions are in tests/fidelity/zoom.test.ts.
let mocks: MockRuntime;
const fault = (endpoint: string, kind: string, extra: Partial<FaultSpec> = {}): FaultSpec => ({ provider: 'zoom', endpoint, kind, probability: 1, when: {}, params: {}, ...extra });

/** One Zoom API call; `token: null` sends no Authorization. */
async function zoomApi(method: string, path: string, options: { body?: unknown; token?: string | null } = {}) {
  const token = options.token === undefined ? zoomTestToken() : options.token;
  const headers: Record<string, string> = { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${mocks.baseUrls.zoom}/v2${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['zoom'], strictAuth: true });
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

describe('zoom happy path', () => {
  it('reads the signed-in user as Zoom JSON with a tracking id', async () => {
    const me = await zoomApi('GET', '/users/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('content-type')).toBe('application/json;charset=UTF-8');
    expect(me.headers.get('x-zm-trackingid')).toMatch(/^v=2\.0;clid=us05;rid=WEB_[0-9a-f]{32}$/);
    expect(me.body).toMatchObject({ id: 'KDcuGIm1QgePTO8WbOqwIQ', email: 'maya.okafor@brownout-demo.example.com', type: 2, pmi: 3542471135, timezone: 'America/New_York' });
  });

  it('pages the meeting list by next_page_token until it is empty', async () => {
    const topics: string[] = [];
    let token = '';
    for (let pages = 0; pages < 5; pages += 1) {
      const page = await zoomApi('GET', `/users/me/meetings?type=scheduled&page_size=2${token ? `&next_page_token=${token}` : ''}`);
      expect(page.body).toMatchObject({ page_size: 2, total_records: 5 });
      topics.push(...page.body.meetings.map((m: any) => m.topic));
      token = page.body.next_page_token;
      if (!token) break;
    }
    // By start time; a recurring meeting without a fixed time (type 3) comes last.
    expect(topics).toEqual(['Vendor review: Hicks Hardware', 'Weekly operations sync', 'Q4 close kickoff', 'Customer onboarding: Cool Cars', 'Design critique']);
  });

  it('a scheduled meeting is listed and readable, PATCH updates it (204), DELETE removes it', async () => {
    const created = await zoomApi('POST', '/users/me/meetings', { body: { topic: 'Expense review', type: 2, start_time: '2026-12-10T16:00:00Z', duration: 45, timezone: 'America/New_York', password: 'exp1210' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ topic: 'Expense review', type: 2, status: 'waiting', duration: 45, host_id: 'KDcuGIm1QgePTO8WbOqwIQ', password: 'exp1210' });
    expect(String(created.body.id)).toMatch(/^\d{11}$/);
    expect(created.body.join_url).toMatch(new RegExp(`^https://us05web\\.zoom\\.us/j/${created.body.id}\\?pwd=`));
    const listed = await zoomApi('GET', '/users/me/meetings?page_size=300');
    expect(listed.body.meetings.map((m: any) => m.id)).toContain(created.body.id);
    expect((await zoomApi('PATCH', `/meetings/${created.body.id}`, { body: { topic: 'Expense review (moved)', duration: 30 } })).status).toBe(204);
    expect((await zoomApi('GET', `/meetings/${created.body.id}`)).body).toMatchObject({ topic: 'Expense review (moved)', duration: 30 });
    expect((await zoomApi('DELETE', `/meetings/${created.body.id}`)).status).toBe(204);
    expect((await zoomApi('GET', `/meetings/${created.body.id}`)).body).toEqual({ code: 3001, message: `Meeting does not exist: ${created.body.id}.` });
  });

  it('refuses bad fields with code 300 Validation Failed, naming each field', async () => {
    const bad = await zoomApi('POST', '/users/me/meetings', { body: { topic: 'x', start_time: 'tomorrow 10am', duration: -5 } });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ code: 300, message: 'Validation Failed.', errors: [{ field: 'start_time', message: 'Invalid field.' }, { field: 'duration', message: 'Invalid field.' }] });
  });

  it('reads settings, and PATCH (204) changes them; a value of the wrong type is code 300', async () => {
    expect((await zoomApi('GET', '/users/me/settings')).body.in_meeting).toMatchObject({ waiting_room: true, chat: true });
    expect((await zoomApi('PATCH', '/users/me/settings', { body: { in_meeting: { waiting_room: false } } })).status).toBe(204);
    expect((await zoomApi('GET', '/users/me/settings')).body.in_meeting.waiting_room).toBe(false);
    const bad = await zoomApi('PATCH', '/users/me/settings', { body: { in_meeting: { chat: 'yes' } } });
    expect(bad.body.errors).toEqual([{ field: 'in_meeting.chat', message: 'Invalid field.' }]);
  });
});

describe('zoom under faults', () => {
  it('a rate limit is 429 code 429 with the X-RateLimit-* headers and Retry-After', async () => {
    mocks.applyFaults([fault('POST /v2/users/me/meetings', 'rate-limit', { params: { retryAfterS: 2 } })]);
    const limited = await zoomApi('POST', '/users/me/meetings', { body: { topic: 'x' } });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ code: 429, message: 'You have reached the maximum per-second rate limit for this API. Try again later.' });
    for (const header of ['x-ratelimit-category', 'x-ratelimit-type', 'x-ratelimit-limit']) expect(limited.headers.get(header)).toBeTruthy();
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await zoomApi('GET', '/users/me/meetings')).body.total_records).toBe(5);
  });

  it("the daily limit's Retry-After is the ISO time of the next UTC midnight", async () => {
    const response = dialectResponse(zoom, 'rate-limit-daily');
    expect(response.status).toBe(429);
    const retryAt = Date.parse(response.headers.get('retry-after')!);
    expect(response.headers.get('retry-after')).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
    expect(retryAt - Date.now()).toBeGreaterThan(0);
    expect(retryAt - Date.now()).toBeLessThanOrEqual(86_400_000);
  });

  it('an outage is a 503 in Zoom\'s {code, message} envelope', async () => {
    mocks.applyFaults([fault('GET /v2/meetings/{meetingId}', 'outage')]);
    const down = await zoomApi('GET', '/meetings/89213457702');
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ code: 503, message: expect.any(String) });
  });
});

describe('zoom with bad auth', () => {
  it.each([
    ['no token', null, 'Invalid access token.'],
    ['a token that is not a JWT', 'abc123', 'Invalid access token.'],
    ['an expired token', zoomTestToken({ expiresInS: -60 }), 'Access token is expired.'],
  ])('answers %s with 401 code 124', async (_name, token, message) => {
    const denied = await zoomApi('GET', '/users/me', { token });
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual({ code: 124, message });
  });

  it.runIf('auth-revoked' in faultKinds)('the auth-revoked fault kind is 401 code 124 Invalid access token.', async () => {
    mocks.applyFaults([fault('GET /v2/users/me/settings', 'auth-revoked')]);
    const denied = await zoomApi('GET', '/users/me/settings');
    expect(denied.status).toBe(401);
    expect(denied.body.code).toBe(124);
  });

  it('answers the retired v1 API with the version-gone dialect', async () => {
    const response = await fetch(`${mocks.baseUrls.zoom}/v1/users/me`, { headers: { Authorization: `Bearer ${zoomTestToken()}` } });
    expect(response.status).toBe(404);
    expect((await response.json()).message).toMatch(/Invalid api version/);
  });
});


describe('identity is not the fault (default, no strictAuth)', () => {
  it('answers a placeholder token, no token and another user id with the seeded account', async () => {
    const lenient = await startMockRuntime({ providers: ['zoom'] });
    try {
      const base = lenient.baseUrls.zoom!;
      const placeholder = await fetch(`${base}/v2/users/me`, { headers: { Authorization: 'Bearer placeholder' } });
      const none = await fetch(`${base}/v2/users/me/meetings`);
      const other = await fetch(`${base}/v2/users/their-own-user-id/meetings`, { headers: { Authorization: 'Bearer placeholder' } });
      expect([placeholder.status, none.status, other.status]).toEqual([200, 200, 200]);
      expect((await placeholder.json()).email).toMatch(/@/);
    } finally {
      await lenient.close();
    }
  });
});
