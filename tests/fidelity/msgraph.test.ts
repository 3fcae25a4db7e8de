import { Client, GraphError, HTTPMessageHandler, RetryHandler, RetryHandlerOptions, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { faultOn, rejection, useProviderMocks } from './support.ts';
import { faultKinds } from '../../harness/faults/registry.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { graphTestToken } from '../../mocks/msgraph/token.ts';

// @microsoft/microsoft-graph-client 3, Microsoft's official Graph SDK, against the mock: same GraphError codes,
// same retries. Its AuthenticationHandler only adds the token for https hosts (fidelity.md), so for an http mock
// the chain below stands in for it and keeps the SDK's own RetryHandler and HTTPMessageHandler.
let mocks: MockRuntime;
const OPERATIONS = '0f3c8a61-9d24-4b7e-8c15-6a2e9f4d1b70';
const EXPENSES = '19:7c2e9b4d1a6f3c8e5b0d2a7f9c4e1b6d@thread.tacv2';

class BearerOverHttp implements Middleware {
  private next!: Middleware;
  constructor(private readonly token: string) {}
  async execute(context: Context): Promise<void> {
    context.options = { ...context.options, headers: { ...(context.options?.headers as Record<string, string>), Authorization: `Bearer ${this.token}` } };
    return this.next.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** A Graph client on the mock; `retries` and `delayS` (s) set the SDK's RetryHandler. */
const graph = (options: { token?: string; retries?: number; delayS?: number } = {}) =>
  Client.initWithMiddleware({
    baseUrl: mocks.baseUrls.msgraph,
    defaultVersion: 'v1.0',
    middleware: [new BearerOverHttp(options.token ?? graphTestToken()), new RetryHandler(new RetryHandlerOptions(options.delayS ?? 0, options.retries ?? 3)), new HTTPMessageHandler()],
  });
const fault = faultOn('msgraph');
const statuses = (endpoint: string) => mocks.journal().filter((entry) => entry.endpoint === endpoint).map((entry) => entry.status);


useProviderMocks('msgraph', (m) => (mocks = m));

describe('Graph client happy path', () => {
  it('reads /me and the teams the user joined', async () => {
    const client = graph();
    expect(await client.api('/me').get()).toMatchObject({ displayName: 'Maya Okafor', userPrincipalName: 'maya.okafor@brownoutdemo.onmicrosoft.com' });
    const teams = await client.api('/me/joinedTeams').get();
    expect(teams.value.map((t: any) => t.displayName)).toEqual(['Operations', 'Sales']);
  });

  it('pages users with $top and the $skiptoken of @odata.nextLink', async () => {
    const client = graph();
    const names: string[] = [];
    let page = await client.api('/users').top(5).select('id,displayName').get();
    for (let pages = 1; ; pages += 1) {
      names.push(...page.value.map((u: any) => u.displayName));
      if (!page['@odata.nextLink']) break;
      expect(pages).toBeLessThan(5);
      const token = new URL(page['@odata.nextLink']).searchParams.get('$skiptoken')!;
      page = await client.api('/users').top(5).select('id,displayName').skipToken(token).get();
    }
    expect(names).toHaveLength(12);
    expect(new Set(names).size).toBe(12);
    expect(statuses('GET /v1.0/users')).toEqual([200, 200, 200]);
  });

  it('maps a product user to a Teams user by mail filter, then reads that user by id', async () => {
    const client = graph();
    const found = await client.api('/users').filter("mail eq 'liam.chen@brownoutdemo.onmicrosoft.com'").get();
    expect(found.value).toHaveLength(1);
    expect(await client.api(`/users/${found.value[0].id}`).get()).toMatchObject({ displayName: 'Liam Chen', jobTitle: 'Finance Lead' });
    const error = await rejection(client.api('/users/nobody@brownoutdemo.onmicrosoft.com').get());
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ statusCode: 404, code: 'Request_ResourceNotFound' });
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a created channel is listed next; the same name again is GraphError NameAlreadyExists', async () => {
    const client = graph();
    const created = await client.api(`/teams/${OPERATIONS}/channels`).post({ displayName: 'Q4 close', description: 'Month-end checklist' });
    expect(created).toMatchObject({ displayName: 'Q4 close', membershipType: 'standard' });
    expect(created.id).toMatch(/^19:[0-9a-f]{32}@thread\.tacv2$/);
    const listed = await client.api(`/teams/${OPERATIONS}/channels`).get();
    expect(listed.value.map((c: any) => c.displayName)).toContain('Q4 close');
    const error = await rejection(client.api(`/teams/${OPERATIONS}/channels`).post({ displayName: 'q4 CLOSE' }));
    expect(error).toMatchObject({ statusCode: 400, code: 'NameAlreadyExists' });
    expect((await rejection(client.api(`/teams/${OPERATIONS}/channels`).post({ displayName: 'a/b' }))).code).toBe('BadRequest');
  });

  it('posts a channel message that the channel then lists first', async () => {
    const client = graph();
    const posted = await client.api(`/teams/${OPERATIONS}/channels/${EXPENSES}/messages`).post({ body: { contentType: 'html', content: '<b>Expense #1042</b> approved' } });
    expect(posted).toMatchObject({ messageType: 'message', body: { contentType: 'html' }, from: { user: { displayName: 'Maya Okafor' } }, channelIdentity: { teamId: OPERATIONS, channelId: EXPENSES } });
    const listed = await client.api(`/teams/${OPERATIONS}/channels/${EXPENSES}/messages`).get();
    expect(listed.value[0].id).toBe(posted.id);
  });
});

describe('Graph client under faults', () => {
  it('a 429 with Retry-After: 1 is retried by RetryHandler after about 1 s, then succeeds', async () => {
    mocks.applyFaults([fault('GET /v1.0/me/joinedTeams', 'rate-limit', { when: { first: 1 }, params: { retryAfterS: 1 } })]);
    const started = performance.now();
    const teams = await graph({ delayS: 0 }).api('/me/joinedTeams').get();
    const elapsedMs = performance.now() - started;
    expect(teams.value).toHaveLength(2);
    expect(elapsedMs).toBeGreaterThanOrEqual(950);
    expect(elapsedMs).toBeLessThan(3000);
    expect(statuses('GET /v1.0/me/joinedTeams')).toEqual([429, 200]);
  });

  it('a lasting 429 ends, after 3 retries, as GraphError TooManyRequests', async () => {
    mocks.applyFaults([fault('GET /v1.0/users', 'rate-limit', { params: { retryAfterS: 0 } })]);
    const error = await rejection(graph().api('/users').get());
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ statusCode: 429, code: 'TooManyRequests' });
    expect(statuses('GET /v1.0/users')).toEqual([429, 429, 429, 429]);
  });

  it('an outage (503) is retried, then GraphError with the 503 and its code', async () => {
    mocks.applyFaults([fault('POST /v1.0/teams/{id}/channels/{cid}/messages', 'outage')]);
    const error = await rejection(graph({ retries: 1 }).api(`/teams/${OPERATIONS}/channels/${EXPENSES}/messages`).post({ body: { content: 'hi' } }));
    expect(error).toMatchObject({ statusCode: 503, code: 'serviceNotAvailable' });
    expect(statuses('POST /v1.0/teams/{id}/channels/{cid}/messages')).toEqual([503, 503]);
  });
});

describe('Graph client with bad auth', () => {
  it('an expired token is GraphError InvalidAuthenticationToken, not retried', async () => {
    const error = await rejection(graph({ token: graphTestToken({ expiresInS: -60 }) }).api('/me').get());
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' });
    expect(statuses('GET /v1.0/me')).toEqual([401]);
  });

  it('the default chain sends no token to an http host (customHosts is https-only): Access token is empty', async () => {
    const client = Client.init({ baseUrl: mocks.baseUrls.msgraph, defaultVersion: 'v1.0', customHosts: new Set(['127.0.0.1']), authProvider: (done) => done(null, graphTestToken()) });
    const error = await rejection(client.api('/me').get());
    expect(error).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken', message: 'Access token is empty.' });
  });

  it.runIf('auth-revoked' in faultKinds)('the auth-revoked fault kind is GraphError InvalidAuthenticationToken', async () => {
    mocks.applyFaults([fault('GET /v1.0/me', 'auth-revoked')]);
    expect(await rejection(graph().api('/me').get())).toMatchObject({ statusCode: 401, code: 'InvalidAuthenticationToken' });
  });
});

describe('Graph client when an API is retired', () => {
  it.runIf('breaking-change' in faultKinds)('a retired API (410) is GraphError Gone, not retried', async () => {
    mocks.applyFaults([fault('GET /v1.0/me/joinedTeams', 'breaking-change', { params: { change: 'version-sunset', stage: 'deprecated' } })]);
    const error = await rejection(graph().api('/me/joinedTeams').get());
    expect(error).toMatchObject({ statusCode: 410, code: 'Gone' });
    expect(statuses('GET /v1.0/me/joinedTeams')).toEqual([410]);
  });
});
