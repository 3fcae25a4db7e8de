import { ApiResponseError, MeetingsS2SAuthClient } from '@zoom/rivet/meetings';
// Each Rivet product module bundles its own copy of the error classes.
import { ApiResponseError as UsersApiResponseError, UsersS2SAuthClient } from '@zoom/rivet/users';
import { describe, expect, it } from 'vitest';
import { faultOn, rejection, useProviderMocks } from './support.ts';
import { faultKinds } from '../../harness/faults/registry.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { zoomTestToken } from '../../mocks/zoom/token.ts';

// @zoom/rivet 0.4, Zoom's official Node SDK, against the mock. Its S2S client takes `baseUrl`; a token store
// holding an issued token stands in for the OAuth exchange with zoom.us (which the mock does not serve).
let mocks: MockRuntime;
const fault = faultOn('zoom');
const statuses = (endpoint: string) => mocks.journal().filter((entry) => entry.endpoint === endpoint).map((entry) => entry.status);

function options(accessToken = zoomTestToken()) {
  const token = { accessToken, expirationTimeIso: new Date(Date.now() + 3_600_000).toISOString(), scopes: ['meeting:read:admin', 'meeting:write:admin', 'user:read:admin'] };
  return {
    clientId: 'mockClientId',
    clientSecret: 'mockClientSecret',
    accountId: 'yG5eH0y8TnKfFw0mPXdoEw',
    tokenStore: { getLatestToken: () => token, storeToken: () => undefined },
    baseUrl: `${mocks.baseUrls.zoom}/v2`,
    disableReceiver: true as const,
  };
}
const meetingsClient = (token?: string) => new MeetingsS2SAuthClient(options(token)).endpoints.meetings;
const usersClient = (token?: string) => new UsersS2SAuthClient(options(token)).endpoints.users;


useProviderMocks('zoom', (m) => (mocks = m));

describe('@zoom/rivet happy path', () => {
  it('reads the signed-in user and their settings, with the tracking id', async () => {
    const me = await usersClient().getUser({ path: { userId: 'me' } });
    expect(me.statusCode).toBe(200);
    expect(me.data).toMatchObject({ id: 'KDcuGIm1QgePTO8WbOqwIQ', email: 'maya.okafor@brownout-demo.example.com' });
    expect(me.trackingId).toMatch(/^v=2\.0;clid=us05;rid=WEB_/);
    const settings = await usersClient().getUserSettings({ path: { userId: 'me' } });
    expect(settings.data).toMatchObject({ in_meeting: { waiting_room: true } });
  });

  it('schedules a meeting (201) that the next list shows, updates it (204) and reads it back', async () => {
    const meetings = meetingsClient();
    const created = await meetings.createMeeting({ path: { userId: 'me' }, body: { topic: 'Vendor onboarding', type: 2, start_time: '2026-12-09T15:00:00Z', duration: 30, timezone: 'America/New_York' } });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ topic: 'Vendor onboarding', join_url: expect.stringMatching(/^https:\/\/us05web\.zoom\.us\/j\/\d{11}/) });
    const listed = await meetings.listMeetings({ path: { userId: 'me' }, query: { type: 'scheduled', page_size: 300 } });
    expect(listed.data?.meetings?.map((m) => m.id)).toContain(created.data!.id);
    const updated = await meetings.updateMeeting({ path: { meetingId: created.data!.id! }, body: { duration: 90 } });
    expect(updated.statusCode).toBe(204);
    expect((await meetings.getMeeting({ path: { meetingId: created.data!.id! } })).data).toMatchObject({ duration: 90 });
  });

  it('pages by next_page_token', async () => {
    const meetings = meetingsClient();
    const first = await meetings.listMeetings({ path: { userId: 'me' }, query: { page_size: 3 } });
    expect(first.data).toMatchObject({ total_records: 5, page_size: 3 });
    const second = await meetings.listMeetings({ path: { userId: 'me' }, query: { page_size: 3, next_page_token: first.data!.next_page_token } });
    expect(second.data?.meetings).toHaveLength(2);
    expect(second.data?.next_page_token).toBe('');
  });

  it('turns a validation failure and a missing meeting into ApiResponseError [status/code]', async () => {
    const meetings = meetingsClient();
    const invalid = await rejection(meetings.createMeeting({ path: { userId: 'me' }, body: { topic: 'x', start_time: 'soon' } }));
    expect(invalid).toBeInstanceOf(ApiResponseError);
    expect(invalid.message).toBe('[400/300]: "Validation Failed."');
    expect((await rejection(meetings.getMeeting({ path: { meetingId: 12345678901 } }))).message).toBe('[404/3001]: "Meeting does not exist: 12345678901."');
  });
});

describe('@zoom/rivet under faults', () => {
  it('a rate limit is ApiResponseError [429/429] at once: Rivet does not retry', async () => {
    mocks.applyFaults([fault('POST /v2/users/me/meetings', 'rate-limit')]);
    const error = await rejection(meetingsClient().createMeeting({ path: { userId: 'me' }, body: { topic: 'x' } }));
    expect(error).toBeInstanceOf(ApiResponseError);
    expect(error.errorCode).toBe('zoom_rivet_api_response_error');
    expect(error.message).toBe('[429/429]: "You have reached the maximum per-second rate limit for this API. Try again later."');
    expect(statuses('POST /v2/users/me/meetings')).toEqual([429]);
  });

  it('an outage is ApiResponseError [503/503], not retried', async () => {
    mocks.applyFaults([fault('GET /v2/meetings/{meetingId}', 'outage')]);
    const error = await rejection(meetingsClient().getMeeting({ path: { meetingId: 89213457702 } }));
    expect(error.message).toMatch(/^\[503\/503\]: /);
    expect(statuses('GET /v2/meetings/{meetingId}')).toEqual([503]);
  });
});

describe('@zoom/rivet with bad auth', () => {
  it('an expired access token is ApiResponseError [401/124]', async () => {
    const error = await rejection(usersClient(zoomTestToken({ expiresInS: -60 })).getUser({ path: { userId: 'me' } }));
    expect(error).toBeInstanceOf(UsersApiResponseError);
    expect(error.message).toBe('[401/124]: "Access token is expired."');
  });

  it.runIf('auth-revoked' in faultKinds)('the auth-revoked fault kind is ApiResponseError [401/124] Invalid access token.', async () => {
    mocks.applyFaults([fault('GET /v2/users/me/meetings', 'auth-revoked')]);
    const error = await rejection(meetingsClient().listMeetings({ path: { userId: 'me' } }));
    expect(error.message).toBe('[401/124]: "Invalid access token."');
  });
});
