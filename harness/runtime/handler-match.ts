import { HttpHandler, type RequestHandler } from 'msw';
// msw's own path matcher (path-to-regexp 6, installed with msw), compiled once per handler instead of per request.
import { match } from 'path-to-regexp';

/** Path parameters as msw hands them to resolvers. */
export type PathParams = Record<string, string | readonly string[]>;

type Resolver = (info: Record<string, unknown>) => unknown;

/** A handler prepared for the bridge: a precompiled method + URL test, and how to run it. */
export interface CompiledHandler {
  handler: RequestHandler;
  /** Method + URL test; null when only msw's `run()` can tell (custom predicates, GraphQL, ...). */
  matches: ((method: string, url: URL) => PathParams | null) | null;
  /** The resolver to call directly, or null when the handler needs msw's lifecycle (`once`, generators...). */
  resolver: Resolver | null;
}

/** msw's `coercePath`: wildcards become groups, and a port or protocol colon is not read as a parameter. */
function coercePath(path: string): string {
  return path
    .replace(/([:a-zA-Z_-]*)(\*{1,2})+/g, (_, name: string | undefined, wildcard: string) => {
      if (!name) return '(.*)';
      return name.startsWith(':') ? `${name}${wildcard}` : `${name}(.*)`;
    })
    .replace(/([^/])(:)(?=(?:\d+|\(\.\*\))(?=\/|$))/, '$1\\$2')
    .replace(/^([^/]+)(:)(?=\/\/)/, '$1\\$2');
}

function compileUrlTest(path: string | RegExp): (url: URL) => PathParams | null {
  // A relative path is resolved against the mock server's own origin, as msw does with a `baseUrl`.
  const relative = typeof path === 'string' && path.startsWith('/');
  const pattern = typeof path === 'string' ? coercePath(path.replace(/[?#].*$/, '')) : path;
  const test = match(pattern, { decode: decodeURIComponent });
  return (url) => {
    const result = test(relative ? url.pathname : `${url.origin}${url.pathname}`);
    return result ? (result.params as PathParams) : null;
  };
}

function isGenerator(fn: unknown): boolean {
  const name = (fn as { constructor?: { name?: string } })?.constructor?.name;
  return name === 'GeneratorFunction' || name === 'AsyncGeneratorFunction';
}

/** Prepares one msw handler: HTTP handlers with a path get a compiled matcher; plain resolvers are called directly. */
export function compileHandler(handler: RequestHandler): CompiledHandler {
  if (!(handler instanceof HttpHandler) || typeof handler.info.path === 'function') {
    return { handler, matches: null, resolver: null };
  }
  const { method, path } = handler.info;
  const urlTest = compileUrlTest(path);
  const upper = typeof method === 'string' ? method.toUpperCase() : '';
  // The bridge hands methods upper-cased already; the second test only runs for a caller that does not.
  const methodTest = method instanceof RegExp ? (m: string) => method.test(m) : (m: string) => m === upper || m.toUpperCase() === upper;
  // msw keeps the resolver and options private; reading them is what makes the fast path possible.
  const internals = handler as unknown as { resolver: Resolver; options?: { once?: boolean } };
  const needsLifecycle = internals.options?.once === true || isGenerator(internals.resolver);
  return {
    handler,
    matches: (m, url) => (methodTest(m) ? urlTest(url) : null),
    resolver: needsLifecycle ? null : internals.resolver,
  };
}

/** Cookies of a request as msw's resolvers get them (`name -> value`). */
export function parseCookies(header: string | null): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of header?.split(';') ?? []) {
    const at = pair.indexOf('=');
    if (at < 0) continue;
    const name = pair.slice(0, at).trim();
    let value = pair.slice(at + 1).trim();
    if (value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    try {
      cookies[name] = decodeURIComponent(value);
    } catch {
      cookies[name] = value;
    }
  }
  return cookies;
}

/** What `resolveWithHandlers` needs of the request: its Fetch Request only on demand, and its Cookie header. */
export interface RequestSource {
  method: string;
  url: URL;
  requestId: string;
  /** The Fetch Request (built on the first call: most fast-path resolvers that never read it cost none). */
  request(): Request;
  /** The raw Cookie header, or null. */
  cookieHeader(): string | null;
}

/** The info msw hands a resolver; `request` and `cookies` are built only when the resolver reads them. */
function resolverInfo(source: RequestSource, params: PathParams, cleanups: Array<() => unknown>): Record<string, unknown> {
  let cookies: Record<string, string> | undefined;
  return {
    get request() {
      return source.request();
    },
    params,
    get cookies() {
      return (cookies ??= parseCookies(source.cookieHeader()));
    },
    requestId: source.requestId,
    finalize: (fn: () => unknown) => cleanups.push(fn),
  };
}

/**
 * Answers a request with the first handler that responds: compiled ones through their resolver
 * (`{ request, params, cookies, requestId }`), the rest through msw's `run()`. Null when none responds.
 */
export async function resolveWithHandlers(compiled: readonly CompiledHandler[], source: RequestSource): Promise<Response | null> {
  const { method, url } = source;
  for (const entry of compiled) {
    const params = entry.matches ? entry.matches(method, url) : {};
    if (!params) continue;
    if (!entry.resolver) {
      const result = await entry.handler.run({ request: source.request(), requestId: source.requestId, resolutionContext: { baseUrl: url.origin } });
      if (result?.response) return result.response;
      continue;
    }
    const cleanups: Array<() => unknown> = [];
    try {
      const response = await entry.resolver(resolverInfo(source, params, cleanups));
      if (response instanceof Response) return response;
    } catch (thrown) {
      // msw lets a resolver throw a Response to answer with it.
      if (thrown instanceof Response) return thrown;
      throw thrown;
    } finally {
      for (const cleanup of cleanups) void Promise.resolve().then(cleanup).catch(() => undefined);
    }
  }
  return null;
}
