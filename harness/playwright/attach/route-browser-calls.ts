import type { BrowserContext, Route } from '@playwright/test';

/** One provider's real hosts and the mock that answers for them. */
export interface BrowserRoute {
  provider: string;
  /** Real hosts, e.g. `slack.com`; `*.example.com` matches any subdomain. */
  hosts: string[];
  /** This worker's mock base URL for the provider. */
  baseUrl: string;
}

// Hop-by-hop or recomputed headers: fetch sets its own, and its body is already decoded.
const DROP_REQUEST = new Set(['host', 'connection', 'content-length', 'accept-encoding']);
const DROP_RESPONSE = new Set(['connection', 'content-length', 'content-encoding', 'transfer-encoding', 'keep-alive']);

const hostMatches = (pattern: string, host: string) =>
  pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) : host === pattern;

/** The mock URL for a real provider URL, or undefined when no route covers its host. */
export function mockUrlFor(url: URL, routes: readonly BrowserRoute[]): string | undefined {
  const route = routes.find((r) => r.hosts.some((h) => hostMatches(h.toLowerCase(), url.hostname.toLowerCase())));
  return route ? new URL(`${url.pathname}${url.search}`, route.baseUrl).href : undefined;
}

/**
 * The CORS headers the browser needs to read a routed answer: the real APIs that pages call directly
 * (Slack's Web API, for one) allow any origin, and the mocks, being servers for SDKs, do not say so.
 */
function corsHeaders(origin: string | undefined, requested?: string): Record<string, string> {
  if (!origin) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    ...(requested ? { 'access-control-allow-headers': requested } : {}),
    vary: 'Origin',
  };
}

/**
 * Routes the page's own calls to each provider's real hosts (e.g. `https://slack.com/api/chat.postMessage`)
 * to this worker's mocks, without changing the product: the mock answers (faults included), the browser gets
 * its status, headers and body; a reset or refused connection at the mock reaches the page as a network
 * error. Returns a function that removes the routes and abandons pending calls.
 * @example const unroute = await routeBrowserCalls(page.context(), [{ provider: 'slack', hosts: ['slack.com'], baseUrl: mocks.baseUrls.slack }]);
 */
export async function routeBrowserCalls(context: BrowserContext, routes: readonly BrowserRoute[]): Promise<() => Promise<void>> {
  const abandon = new AbortController();
  const matcher = (url: URL) => mockUrlFor(url, routes) !== undefined;
  const handler = async (route: Route) => {
    const request = route.request();
    const target = mockUrlFor(new URL(request.url()), routes)!;
    const headers = request.headers();
    const origin = headers.origin;
    try {
      if (request.method() === 'OPTIONS' && headers['access-control-request-method']) {
        await route.fulfill({ status: 204, headers: corsHeaders(origin, headers['access-control-request-headers']) });
        return;
      }
      const response = await fetch(target, {
        method: request.method(),
        headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !DROP_REQUEST.has(name))),
        body: request.postDataBuffer() ? new Uint8Array(request.postDataBuffer()!) : undefined,
        redirect: 'manual',
        signal: abandon.signal,
      });
      const body = Buffer.from(await response.arrayBuffer());
      const answer: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!DROP_RESPONSE.has(name)) answer[name] = value;
      });
      await route.fulfill({ status: response.status, headers: { ...corsHeaders(origin), ...answer }, body });
    } catch {
      // The mock reset or refused the connection (or the test is over): the page sees a failed request.
      await route.abort('connectionreset').catch(() => undefined);
    }
  };
  await context.route(matcher, handler);
  return async () => {
    abandon.abort();
    await context.unroute(matcher, handler).catch(() => undefined);
  };
}
