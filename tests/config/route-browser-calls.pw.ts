import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { slack } from '../../examples/slack-notes/providers/slack/index.ts';
import { routeBrowserCalls } from '../../harness/playwright/attach/route-browser-calls.ts';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';

// Browser-side attach: a page on its own origin calls Slack's real host; the route sends it to the mock.
let mocks: MockRuntime;
let site: Server;
let origin = '';

test.beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['slack'], definitions: { slack } });
  site = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>caller</title>'));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await mocks.close();
  await new Promise((resolve) => site.close(resolve));
});
test.beforeEach(() => mocks.reset());

/** What the page gets from fetch: status and JSON body, or the network error's name. */
const call = (url: string, init: { json?: boolean } = {}) => `(async () => {
  try {
    const headers = ${init.json ? "{ 'content-type': 'application/json', authorization: 'Bearer xoxb-1' }" : '{}'};
    const body = ${init.json ? "JSON.stringify({ channel: 'C1', text: 'hi' })" : "new URLSearchParams({ token: 'xoxb-1', channel: 'C1', text: 'hi' })"};
    const response = await fetch(${JSON.stringify(url)}, { method: 'POST', headers, body });
    return { status: response.status, body: await response.json() };
  } catch (error) {
    return { error: error.name };
  }
})()`;

test('a call to the real host reaches the mock, and the page can read the answer', async ({ page }) => {
  const unroute = await routeBrowserCalls(page.context(), [{ provider: 'slack', hosts: ['slack.com'], baseUrl: mocks.baseUrls.slack! }]);
  await page.goto(origin);
  const answer = await page.evaluate(call('https://slack.com/api/chat.postMessage')) as { status: number; body: { ok: boolean; channel: string } };
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ ok: true, channel: 'C1' });
  expect(mocks.journal().map((e) => `${e.provider} ${e.endpoint}`)).toEqual(['slack POST /api/chat.postMessage']);
  await unroute();
});

test('a JSON call gets its CORS preflight answered, and only the call itself reaches the mock', async ({ page }) => {
  await routeBrowserCalls(page.context(), [{ provider: 'slack', hosts: ['slack.com'], baseUrl: mocks.baseUrls.slack! }]);
  await page.goto(origin);
  const answer = await page.evaluate(call('https://slack.com/api/chat.postMessage', { json: true })) as { status: number; body: { ok: boolean } };
  expect(answer.body.ok).toBe(true);
  expect(mocks.journal()).toHaveLength(1);
});

test("the mock's faults reach the page: an outage is Slack's 503", async ({ page }) => {
  await routeBrowserCalls(page.context(), [{ provider: 'slack', hosts: ['*.slack.com'], baseUrl: mocks.baseUrls.slack! }]);
  mocks.applyFaults([{ provider: 'slack', endpoint: 'POST /api/chat.postMessage', kind: 'outage', probability: 1, when: {}, params: { status: 503 } }]);
  await page.goto(origin);
  const answer = await page.evaluate(call('https://acme.slack.com/api/chat.postMessage'));
  expect(answer).toEqual({ status: 503, body: { ok: false, error: 'service_unavailable' } });
});

test('hosts not listed, and calls after unroute, are left alone', async ({ page }) => {
  const unroute = await routeBrowserCalls(page.context(), [{ provider: 'slack', hosts: ['slack.com'], baseUrl: mocks.baseUrls.slack! }]);
  await page.goto(origin);
  expect(await page.evaluate(call('https://api.slack.com.invalid/api/chat.postMessage'))).toEqual({ error: 'TypeError' });
  await unroute();
  expect(await page.evaluate(call('https://slack.com/api/chat.postMessage'))).toEqual({ error: 'TypeError' });
  expect(mocks.journal()).toHaveLength(0);
});
