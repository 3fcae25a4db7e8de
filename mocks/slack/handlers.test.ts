import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { slack } from './index.ts';

// The wire as Slack speaks it, for clients other than the official SDK (raw fetch, JSON bodies, token argument).
let mocks: MockRuntime;
const TOKEN = 'xoxb-5372839104-5401937284018-Qm7rT2vXk9LpZs4NwYb8HcEd';
const call = (method: string, init: RequestInit) => fetch(`${mocks.baseUrls.slack}/api/${method}`, { method: 'POST', ...init });
const json = (method: string, body: unknown, token: string | null = TOKEN) =>
  call(method, { headers: { 'Content-Type': 'application/json; charset=utf-8', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });

beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['slack'] });
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

describe('slack wire', () => {
  it('takes a JSON body with a Bearer token, answering application/json with x-slack-req-id', async () => {
    const response = await json('chat.postMessage', { channel: 'finance-approvals', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: '*Approved*' } }] });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-slack-req-id')).toMatch(/^[0-9a-f]{32}$/);
    const body = await response.json();
    expect(body).toMatchObject({ ok: true, channel: 'C05BC8E1W6Z', message: { blocks: [{ type: 'section' }] } });
  });

  it('takes the token as a form argument, but not inside a JSON body', async () => {
    const form = await call('auth.test', { headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `token=${TOKEN}` });
    expect((await form.json()).ok).toBe(true);
    expect(await (await json('auth.test', { token: TOKEN }, null)).json()).toEqual({ ok: false, error: 'not_authed' });
  });

  it('answers conversations.create without a name invalid_name_required, and bad JSON invalid_json', async () => {
    expect((await (await json('conversations.create', {})).json()).error).toBe('invalid_name_required');
    const bad = await call('conversations.create', { headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` }, body: '{"name":' });
    expect(await bad.json()).toEqual({ ok: false, error: 'invalid_json' });
  });

  it('rejects a cursor it did not issue with invalid_cursor', async () => {
    expect((await (await json('users.list', { cursor: 'bm9wZQ==' })).json()).error).toBe('invalid_cursor');
  });

  it('answers an unknown method unknown_method', async () => {
    const response = await json('channels.list.v9', {});
    expect(await response.json()).toEqual({ ok: false, error: 'unknown_method', req_method: 'channels.list.v9' });
  });

  it('a rate-limit fault sends Slack 429: Retry-After seconds and {ok:false,error:ratelimited}', async () => {
    mocks.applyFaults([{ provider: 'slack', endpoint: 'POST /api/users.list', kind: 'rate-limit', probability: 1, when: {}, params: {} }]);
    const response = await json('users.list', {});
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toEqual({ ok: false, error: 'ratelimited' });
  });
});

