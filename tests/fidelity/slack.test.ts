import { ErrorCode, LogLevel, WebClient, WebClientEvent, type WebClientOptions } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { faultOn, rejection, useProviderMocks } from './support.ts';
import { faultKinds } from '../../harness/faults/registry.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';

// @slack/web-api 8, Slack's official Node SDK, against the mock: same results, same errors, same retries.
let mocks: MockRuntime;
const TOKEN = 'xoxb-5372839104-5401937284018-Qm7rT2vXk9LpZs4NwYb8HcEd';
const FAST_RETRIES = { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 10 };
const client = (token = TOKEN, options: WebClientOptions = {}) =>
  new WebClient(token, { slackApiUrl: `${mocks.baseUrls.slack}/api/`, logLevel: LogLevel.ERROR, retryConfig: FAST_RETRIES, ...options });
const fault = faultOn('slack');
const calls = (endpoint: string) => mocks.journal().filter((entry) => entry.endpoint === endpoint);


useProviderMocks('slack', (m) => (mocks = m));

describe('@slack/web-api happy path', () => {
  it('auth.test names the team and bot, and the SDK reads the granted scopes from x-oauth-scopes', async () => {
    const result = await client().auth.test();
    expect(result).toMatchObject({ ok: true, team: 'Brownout Demo', team_id: 'T05B7QK9M2D', user: 'brownout-bot', bot_id: 'B05BQ3RS9LN', url: 'https://brownout-demo.slack.com/' });
    expect(result.response_metadata?.scopes).toContain('chat:write');
  });

  it('paginate() follows response_metadata.next_cursor through every public channel', async () => {
    const names: string[] = [];
    for await (const page of client().paginate('conversations.list', { limit: 3, exclude_archived: true })) {
      names.push(...((page as { channels?: Array<{ name: string }> }).channels ?? []).map((channel) => channel.name));
    }
    expect(names).toEqual(['general', 'random', 'finance-approvals', 'sales-wins', 'support-escalations', 'design-crit']);
    expect(calls('POST /api/conversations.list')).toHaveLength(2);
  });

  it('lists users with their profile email', async () => {
    const { members } = await client().users.list({});
    expect(members).toHaveLength(8);
    expect(members?.find((m) => m.id === 'U05B8J2LZ4T')).toMatchObject({ real_name: 'Liam Chen', profile: { email: 'liam.chen@brownout-demo.example.com' }, is_bot: false });
  });

  it('a created channel is listed next, and creating it again is a platform error name_taken', async () => {
    const web = client();
    const created = await web.conversations.create({ name: 'q4-close' });
    expect(created.channel).toMatchObject({ name: 'q4-close', is_channel: true, is_member: true, creator: 'U05BQ3RT8MX' });
    expect(created.channel?.id).toMatch(/^C[0-9A-Z]{10}$/);
    const listed = await web.conversations.list({ limit: 100 });
    expect(listed.channels?.map((c) => c.name)).toContain('q4-close');
    const error = await rejection(web.conversations.create({ name: 'q4-close' }));
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data).toMatchObject({ ok: false, error: 'name_taken' });
    expect((await rejection(web.conversations.create({ name: 'Q4 Close' }))).data.error).toBe('invalid_name_specials');
    // ok:false comes as HTTP 200, yet the journal knows only the first create changed Slack.
    expect(calls('POST /api/conversations.create').map((entry) => [entry.status, entry.tookEffect])).toEqual([[200, true], [200, false], [200, false]]);
  });

  it('invite adds members, a second invite is already_in_channel, and a post lands in the history', async () => {
    const web = client();
    const { channel } = await web.conversations.create({ name: 'launch-room' });
    const invited = await web.conversations.invite({ channel: channel!.id!, users: 'U05B8J2LZ4T,U05B9C1H6RE' });
    expect((invited.channel as { num_members?: number }).num_members).toBe(3);
    expect((await web.conversations.members({ channel: channel!.id! })).members).toEqual(['U05BQ3RT8MX', 'U05B8J2LZ4T', 'U05B9C1H6RE']);
    expect((await rejection(web.conversations.invite({ channel: channel!.id!, users: 'U05B8J2LZ4T' }))).data.error).toBe('already_in_channel');
    const posted = await web.chat.postMessage({ channel: channel!.id!, text: 'Launch at 10:00' });
    expect(posted).toMatchObject({ ok: true, channel: channel!.id, message: { text: 'Launch at 10:00', bot_id: 'B05BQ3RS9LN' } });
    expect(posted.ts).toMatch(/^\d{10}\.\d{6}$/);
    expect((await web.conversations.history({ channel: channel!.id! })).messages?.[0]).toMatchObject({ ts: posted.ts, text: 'Launch at 10:00' });
  });

  it('posting where the bot is not a member is not_in_channel, and without text no_text', async () => {
    const web = client();
    expect((await rejection(web.chat.postMessage({ channel: 'C05B7QKD9R4', text: 'hi' }))).data.error).toBe('not_in_channel');
    expect((await rejection(web.chat.postMessage({ channel: 'C05B7QKC2G1' } as never))).data.error).toBe('no_text');
    expect((await rejection(web.chat.postMessage({ channel: 'C0NOPE', text: 'hi' }))).data.error).toBe('channel_not_found');
  });
});

describe('@slack/web-api under faults', () => {
  it('an outage is a WebAPIHTTPError with the 503, retried per retryConfig (1 + 2 retries)', async () => {
    mocks.applyFaults([fault('POST /api/chat.postMessage', 'outage')]);
    const error = await rejection(client().chat.postMessage({ channel: 'C05B7QKC2G1', text: 'Expense approved' }));
    expect(error.code).toBe(ErrorCode.HTTPError);
    expect(error.statusCode).toBe(503);
    expect(calls('POST /api/chat.postMessage').map((entry) => entry.status)).toEqual([503, 503, 503]);
  });

  it('a 429 with Retry-After: 1 emits rate_limited, pauses about 1 s and retries to success', async () => {
    mocks.applyFaults([fault('POST /api/conversations.list', 'rate-limit', { when: { first: 1 }, params: { retryAfterS: 1 } })]);
    const web = client();
    const events: number[] = [];
    web.on(WebClientEvent.RATE_LIMITED, (retryAfterS: number) => events.push(retryAfterS));
    const started = performance.now();
    const result = await web.conversations.list({});
    const elapsedMs = performance.now() - started;
    expect(result.ok).toBe(true);
    expect(events).toEqual([1]);
    expect(elapsedMs).toBeGreaterThanOrEqual(950);
    expect(elapsedMs).toBeLessThan(3000);
    expect(calls('POST /api/conversations.list').map((entry) => entry.status)).toEqual([429, 200]);
  });

  it('with rejectRateLimitedCalls a 429 throws slack_webapi_rate_limited_error with retryAfter at once', async () => {
    mocks.applyFaults([fault('POST /api/auth.test', 'rate-limit', { params: { retryAfterS: 7 } })]);
    const error = await rejection(client(TOKEN, { rejectRateLimitedCalls: true }).auth.test());
    expect(error.code).toBe(ErrorCode.RateLimitedError);
    expect(error.retryAfter).toBe(7);
    expect(calls('POST /api/auth.test')).toHaveLength(1);
  });

  it('maintenance is a 503 WebAPIHTTPError (the SDK ignores Retry-After on a 503)', async () => {
    mocks.applyFaults([fault('POST /api/users.list', 'maintenance', { params: { retryAfterS: 60 } })]);
    const error = await rejection(client(TOKEN, { retryConfig: { retries: 0 } }).users.list({}));
    expect(error).toMatchObject({ code: ErrorCode.HTTPError, statusCode: 503 });
    expect(error.headers['retry-after']).toBe('60');
  });

  it('a 429 without Retry-After is a plain Error, not a rate-limit error (the SDK needs the header)', async () => {
    mocks.applyFaults([fault('POST /api/auth.test', 'rate-limit', { params: { retryAfterS: null } })]);
    const error = await rejection(client().auth.test());
    expect(error.code).toBeUndefined();
    expect(error.message).toMatch(/^Retry header did not contain a valid timeout/);
    expect(calls('POST /api/auth.test')).toHaveLength(1);
  });
});

describe('@slack/web-api with bad auth', () => {
  it('a revoked token is an HTTP 200 platform error token_revoked, never retried', async () => {
    const error = await rejection(client('xoxb-5372839104-revoked-Qm7rT2vXk9').auth.test());
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data).toMatchObject({ ok: false, error: 'token_revoked' });
    expect(calls('POST /api/auth.test').map((entry) => entry.status)).toEqual([200]);
  });

  it('a token that is not xox?-shaped is invalid_auth; none at all is not_authed', async () => {
    expect((await rejection(client('Bearer-abc123').auth.test())).data.error).toBe('invalid_auth');
    expect((await rejection(client('').auth.test())).data.error).toBe('not_authed');
  });

  it.runIf('auth-revoked' in faultKinds)('the auth-revoked fault kind answers in Slack words: platform error token_revoked', async () => {
    mocks.applyFaults([fault('POST /api/chat.postMessage', 'auth-revoked')]);
    const error = await rejection(client().chat.postMessage({ channel: 'C05B7QKC2G1', text: 'hi' }));
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data.error).toMatch(/^(token_revoked|invalid_auth)$/);
  });
});

describe('@slack/web-api when Slack retires a method', () => {
  it.runIf('breaking-change' in faultKinds)('a retired method is a platform error deprecated_endpoint (HTTP 200), never retried', async () => {
    mocks.applyFaults([fault('POST /api/conversations.list', 'breaking-change', { params: { change: 'endpoint-gone' } })]);
    const error = await rejection(client().conversations.list({}));
    expect(error.code).toBe(ErrorCode.PlatformError);
    expect(error.data).toMatchObject({ ok: false, error: 'deprecated_endpoint' });
    expect(calls('POST /api/conversations.list').map((entry) => entry.status)).toEqual([200]);
  });
});
