import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { graphTestToken } from './token.ts';
import { msgraph } from './index.ts';

// The wire as Graph speaks it, for clients other than the official SDK (raw fetch following @odata.nextLink).
let mocks: MockRuntime;
const get = (path: string, headers: Record<string, string> = { Authorization: `Bearer ${graphTestToken()}` }) =>
  fetch(path.startsWith('http') ? path : `${mocks.baseUrls.msgraph}${path}`, { headers });

beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['msgraph'], strictAuth: true });
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

describe('msgraph wire', () => {
  it('pages /users through absolute @odata.nextLink URLs on the mock, with OData JSON', async () => {
    const first = await get('/v1.0/users?$top=7');
    expect(first.headers.get('content-type')).toMatch(/^application\/json;odata\.metadata=minimal/);
    const page1 = await first.json();
    expect(page1['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#users');
    expect(page1.value).toHaveLength(7);
    const page2 = await (await get(page1['@odata.nextLink'])).json();
    expect(page2.value).toHaveLength(5);
    expect(page2['@odata.nextLink']).toBeUndefined();
  });

  it('answers errors in the envelope with innerError, echoing client-request-id', async () => {
    const response = await get('/v1.0/users?$top=1000', { Authorization: `Bearer ${graphTestToken()}`, 'client-request-id': 'c0ffee00-0000-4000-8000-000000000001' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json');
    const { error } = await response.json();
    expect(error).toMatchObject({ code: 'Request_UnsupportedQuery', innerError: { 'client-request-id': 'c0ffee00-0000-4000-8000-000000000001' } });
    expect(error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  });

  it.each([
    ['no token', {}, 'Access token is empty.'],
    ['a token that is not a JWT', { Authorization: 'Bearer abc123' }, 'IDX14100: JWT is not well formed, there are no dots (.).'],
    ['an expired token', { Authorization: `Bearer ${graphTestToken({ expiresInS: -1 })}` }, 'Access token has expired or is not yet valid.'],
  ])('answers %s with 401 InvalidAuthenticationToken and WWW-Authenticate', async (_name, headers, message) => {
    const response = await get('/v1.0/me', headers as Record<string, string>);
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm=""/);
    expect((await response.json()).error).toMatchObject({ code: 'InvalidAuthenticationToken', message });
  });

  it('names an unknown segment, and refuses an unknown version', async () => {
    expect((await (await get('/v1.0/chats')).json()).error.message).toBe("Resource not found for the segment 'chats'.");
    const gone = await get('/v0.9/me');
    expect(gone.status).toBe(400);
    expect((await gone.json()).error.message).toBe('Invalid version: v0.9');
  });

  it('a rate-limit fault sends Graph 429 TooManyRequests with Retry-After: 5', async () => {
    mocks.applyFaults([{ provider: 'msgraph', endpoint: 'GET /v1.0/me', kind: 'rate-limit', probability: 1, when: {}, params: {} }]);
    const response = await get('/v1.0/me');
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('5');
    expect((await response.json()).error).toMatchObject({ code: 'TooManyRequests', innerError: { 'request-id': expect.any(String) } });
  });
});


describe('identity is not the fault (default, no strictAuth)', () => {
  it('answers a placeholder token and no token with the seeded tenant', async () => {
    const lenient = await startMockRuntime({ providers: ['msgraph'] });
    try {
      const base = lenient.baseUrls.msgraph!;
      const placeholder = await fetch(`${base}/v1.0/me`, { headers: { Authorization: 'Bearer placeholder' } });
      const none = await fetch(`${base}/v1.0/me/joinedTeams`);
      expect([placeholder.status, none.status]).toEqual([200, 200]);
      expect((await placeholder.json()).userPrincipalName).toMatch(/@/);
    } finally {
      await lenient.close();
    }
  });
});
