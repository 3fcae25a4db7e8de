import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { ProviderSourceError } from '../source-error.ts';
import { writeHar, type HarEntry } from './har-writer.ts';
import { DEFAULT_REDACTED_HEADERS, redactBody, redactHeaders } from './redact.ts';

/** Options of `startRecorder`. */
export interface RecorderOptions {
  /** The real (sandbox) service, e.g. `https://api.sandbox.example.com/v1`. */
  upstream: string;
  /** HAR file, rewritten after every call. */
  out: string;
  /** Port to listen on (0 = any free one). */
  port: number;
  host?: string;
  /** Header names and body fields (any depth of JSON, or form fields) to redact besides the default headers. */
  redact?: string[];
}

/** A running recorder. */
export interface Recorder {
  url: string;
  /** Calls recorded so far. */
  recorded(): number;
  close(): Promise<void>;
}

// Hop-by-hop and transport headers: never forwarded, and not repeated from a body fetch() already decoded.
const NOT_FORWARDED = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'accept-encoding', 'upgrade', 'proxy-connection', 'te']);
const NOT_RELAYED = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding']);
const UPSTREAM_TIMEOUT_MS = 30_000;

const reasonOf = (error: unknown) => {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
};

/** Whether the upstream's host accepts connections (a TCP connect, no request sent); throws a ProviderSourceError when not. */
async function checkReachable(upstream: URL): Promise<void> {
  const port = Number(upstream.port) || (upstream.protocol === 'https:' ? 443 : 80);
  const reason = await new Promise<string | null>((resolve) => {
    const socket = connect({ host: upstream.hostname.replace(/^\[|\]$/g, ''), port, timeout: 10_000 });
    const done = (result: string | null) => {
      socket.destroy();
      resolve(result);
    };
    socket.once('connect', () => done(null));
    socket.once('timeout', () => done('no answer within 10 s'));
    socket.once('error', (error: NodeJS.ErrnoException) => done(error.code ?? error.message));
  });
  if (reason) throw new ProviderSourceError(`cannot reach the upstream ${upstream.href}: ${reason}. Check the URL and that the service is up; brownout record forwards every call there.`);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const isText = (type: string) => type === '' || /^text\/|json|xml|javascript|x-www-form-urlencoded/i.test(type);

/**
 * A recording proxy: forwards every call to `upstream` (its path prefix kept), answers with what came back,
 * and appends the exchange to a HAR with credentials, cookies and the named fields redacted.
 * @example const recorder = await startRecorder({ upstream: 'http://127.0.0.1:4010/v1', out: 'partner.har', port: 0 });
 */
export async function startRecorder(options: RecorderOptions): Promise<Recorder> {
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
    if (!/^https?:$/.test(upstream.protocol)) throw new Error('not http');
  } catch {
    throw new ProviderSourceError(`--upstream ${JSON.stringify(options.upstream)} is not an http(s) URL; give the service's base URL, e.g. https://api.sandbox.example.com/v1.`);
  }
  await checkReachable(upstream);
  const redactedFields = new Set((options.redact ?? []).map((f) => f.toLowerCase()));
  const redactedHeaders = new Set([...DEFAULT_REDACTED_HEADERS, ...redactedFields]);
  const prefix = upstream.pathname.replace(/\/+$/, '');
  const entries: HarEntry[] = [];
  writeHar(options.out, entries);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const method = (req.method ?? 'GET').toUpperCase();
    const target = new URL(`${prefix}${req.url ?? '/'}`, upstream.origin);
    const body = await readBody(req);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !NOT_FORWARDED.has(name)) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    let response: Response;
    let answer: Buffer;
    try {
      response = await fetch(target, { method, headers, body: body.length > 0 && method !== 'GET' && method !== 'HEAD' ? new Uint8Array(body) : undefined, redirect: 'manual', signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS) });
      answer = Buffer.from(await response.arrayBuffer());
    } catch (error) {
      res.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `brownout record: the upstream did not answer ${method} ${target.href}: ${reasonOf(error)}; nothing was recorded for this call.` }));
      return;
    }
    const relayed: [string, string][] = [...response.headers].filter(([name]) => !NOT_RELAYED.has(name));
    res.writeHead(response.status, response.statusText, relayed.flatMap(([n, v]) => [n, v])).end(answer);
    const requestType = req.headers['content-type'] ?? '';
    const responseType = response.headers.get('content-type') ?? '';
    const text = isText(responseType);
    entries.push({
      startedDateTime: new Date(started).toISOString(),
      time: Date.now() - started,
      request: {
        method,
        url: target.href,
        httpVersion: `HTTP/${req.httpVersion}`,
        headers: redactHeaders(Object.entries(req.headers).flatMap(([name, v]) => (v === undefined ? [] : [{ name, value: Array.isArray(v) ? v.join(', ') : v }])), redactedHeaders),
        queryString: [...target.searchParams].map(([name, value]) => ({ name, value: redactedFields.has(name.toLowerCase()) ? 'REDACTED' : value })),
        cookies: [],
        ...(body.length > 0 ? { postData: { mimeType: requestType, text: redactBody(body.toString('utf8'), requestType, redactedFields) } } : {}),
        headersSize: -1,
        bodySize: body.length,
      },
      response: {
        status: response.status,
        statusText: response.statusText,
        httpVersion: 'HTTP/1.1',
        headers: redactHeaders(relayed.map(([name, value]) => ({ name, value })), redactedHeaders),
        cookies: [],
        content: { size: answer.length, mimeType: responseType, ...(text ? { text: redactBody(answer.toString('utf8'), responseType, redactedFields) } : { text: answer.toString('base64'), encoding: 'base64' as const }) },
        redirectURL: response.headers.get('location') ?? '',
        headersSize: -1,
        bodySize: answer.length,
      },
      cache: {},
      timings: { send: 0, wait: Date.now() - started, receive: 0 },
    });
    writeHar(options.out, entries);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `brownout record: ${(error as Error).message}` }));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(new ProviderSourceError(`cannot listen on ${host}:${options.port}: ${(error as Error).message}. Choose another --port (0 = any free one).`)));
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    recorded: () => entries.length,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
