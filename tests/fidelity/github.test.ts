import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { fullGithubProvider } from '../providers/github-provider.ts';
import { faultOn, rejection } from './support.ts';

// @octokit/rest 22 with the retry and throttling plugins, GitHub's official SDK, against the provider generated
// from GitHub's whole OpenAPI description: same data shapes, RequestError status and message, and the
// throttling plugin recognising GitHub's primary and secondary rate limits.
let mocks: MockRuntime;
const fault = faultOn('github');
const REPO = { owner: 'octo-org', repo: 'hello-world' };
const ISSUES = 'GET /repos/{owner}/{repo}/issues';
const CREATE = 'POST /repos/{owner}/{repo}/issues';
const SdkOctokit = Octokit.plugin(retry, throttling);
type Limit = { kind: 'primary' | 'secondary'; retryAfter: number; route: string; retryCount: number };

/** An SDK client as a product would set one up, recording what the throttling plugin tells it. */
function client(limits: Limit[], { retryOnLimit = false } = {}) {
  const heard = (kind: Limit['kind']) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    limits.push({ kind, retryAfter, route: `${options.method} ${options.url}`, retryCount });
    return retryOnLimit && retryCount === 0;
  };
  return new SdkOctokit({
    baseUrl: mocks.baseUrls.github,
    auth: 'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    throttle: { onRateLimit: heard('primary'), onSecondaryRateLimit: heard('secondary') },
    // Server errors are retried with a 10 ms base instead of 1 s, so the test shows the retries without waiting.
    retry: { retryAfterBaseValue: 10 },
    // plugin-request-log reports every error answer; the assertions say what matters.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}

beforeAll(async () => {
  const { provider } = await fullGithubProvider();
  mocks = await startMockRuntime({ providers: ['github'], definitions: { github: provider } });
}, 120_000);
beforeEach(() => mocks.reset());
afterAll(() => mocks?.close());

describe('@octokit/rest happy path', () => {
  it('lists issues, creates one, and finds it in the list and by number', async () => {
    const octokit = client([]);
    const { data: before } = await octokit.rest.issues.listForRepo(REPO);
    expect(before.map((issue) => issue.title)).toEqual(['Found a bug']);
    const { status, data: created } = await octokit.rest.issues.create({ ...REPO, title: 'Export fails over 10 MB', body: 'Steps to reproduce...' });
    expect(status).toBe(201);
    expect(created).toMatchObject({ title: 'Export fails over 10 MB', body: 'Steps to reproduce...', state: 'open' });
    const { data: after } = await octokit.rest.issues.listForRepo(REPO);
    expect(after.map((issue) => issue.title)).toEqual(['Export fails over 10 MB', 'Found a bug']);
    expect((await octokit.rest.issues.get({ ...REPO, issue_number: created.number })).data.title).toBe('Export fails over 10 MB');
    expect(mocks.journal().map((e) => `${e.endpoint} ${e.status}`)).toEqual([`${ISSUES} 200`, `${CREATE} 201`, `${ISSUES} 200`, 'GET /repos/{owner}/{repo}/issues/{issue_number} 200']);
  });

  it('answers other endpoints of the description from its examples', async () => {
    const { data } = await client([]).rest.repos.get(REPO);
    expect(data).toMatchObject({ name: 'Hello-World', full_name: 'octocat/Hello-World' });
  });
});

describe('@octokit/rest errors', () => {
  it('an outage: RequestError 503 in the words of the description, after plugin-retry retried it 3 times', async () => {
    mocks.applyFaults([fault(ISSUES, 'outage')]);
    const error = await rejection(client([]).rest.issues.listForRepo(REPO));
    expect(error.name).toBe('HttpError');
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/^Service unavailable/);
    expect(mocks.journal().filter((e) => e.endpoint === ISSUES)).toHaveLength(4);
  });

  it('a revoked token: RequestError 401 "Bad credentials", not retried', async () => {
    mocks.applyFaults([fault(ISSUES, 'auth-revoked')]);
    const error = await rejection(client([]).rest.issues.listForRepo(REPO));
    expect([error.status, error.message]).toEqual([401, 'Bad credentials - https://docs.github.com/rest']);
    expect(mocks.journal()).toHaveLength(1);
  });

  it('a create without a title: RequestError 422 from the description, and nothing created', async () => {
    const octokit = client([]);
    const error = await rejection(octokit.request('POST /repos/{owner}/{repo}/issues', { ...REPO, body: 'no title' } as never));
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/^Validation failed/);
    expect((await octokit.rest.issues.listForRepo(REPO)).data).toHaveLength(1);
  });
});

describe('@octokit/plugin-throttling and GitHub rate limits', () => {
  it('the primary limit (403, x-ratelimit-remaining 0): onRateLimit hears it with the seconds to x-ratelimit-reset', async () => {
    mocks.applyFaults([fault(CREATE, 'rate-limit')]);
    const limits: Limit[] = [];
    const error = await rejection(client(limits).rest.issues.create({ ...REPO, title: 'Throttled' }));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/^API rate limit exceeded for user ID 1\./);
    expect(error.response.headers['x-ratelimit-remaining']).toBe('0');
    expect(limits).toHaveLength(1);
    expect(limits[0]).toMatchObject({ kind: 'primary', route: 'POST /repos/{owner}/{repo}/issues', retryCount: 0 });
    // x-ratelimit-reset is 60 s after the answer (the plugin adds a second); a slow machine may have used some of it.
    expect(limits[0]!.retryAfter).toBeGreaterThan(50);
    expect(limits[0]!.retryAfter).toBeLessThanOrEqual(61);
  });

  it('the secondary limit (403 with retry-after and its message): onSecondaryRateLimit hears retry-after', async () => {
    mocks.applyFaults([fault(CREATE, 'rate-limit', { params: { dialect: 'secondary-rate-limit' } })]);
    const limits: Limit[] = [];
    const error = await rejection(client(limits).rest.issues.create({ ...REPO, title: 'Too fast' }));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/^You have exceeded a secondary rate limit\./);
    expect(limits).toEqual([{ kind: 'secondary', retryAfter: 60, route: 'POST /repos/{owner}/{repo}/issues', retryCount: 0 }]);
  });

  it('a client that retries after a 1 s secondary limit gets its issue created once', async () => {
    mocks.applyFaults([fault(CREATE, 'rate-limit', { when: { first: 1 }, params: { dialect: 'secondary-rate-limit', retryAfterS: 1 } })]);
    const limits: Limit[] = [];
    const { status } = await client(limits, { retryOnLimit: true }).rest.issues.create({ ...REPO, title: 'Patient' });
    expect(status).toBe(201);
    expect(limits).toEqual([{ kind: 'secondary', retryAfter: 1, route: 'POST /repos/{owner}/{repo}/issues', retryCount: 0 }]);
    expect(mocks.journal().filter((e) => e.endpoint === CREATE).map((e) => [e.status, e.tookEffect])).toEqual([[403, false], [201, true]]);
  });
});
