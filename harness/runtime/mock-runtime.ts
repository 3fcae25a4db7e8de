import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { dialectResponse } from '../../mocks/kit/dialect.ts';
import { builtinProviders } from '../../mocks/index.ts';
import type { ProviderDefinition } from '../../mocks/types.ts';
import { createBridge, type Bridge, type Exchange, type Interception } from './bridge.ts';
import { compileCatalogue } from './endpoints.ts';
import { FaultEngine } from './fault-engine.ts';
import { ownValue } from '../own.ts';
import { Journal, bodyDigest } from './journal.ts';
import { withPassthrough } from './passthrough.ts';
import { withFaultDefaults, type FaultInput, type MockRuntime, type MockRuntimeOptions } from './types.ts';

interface ProviderServer {
  definition: ProviderDefinition;
  bridge: Bridge;
  server: Server;
  /** Open connections, destroyed on close so hanging requests cannot hold it up. */
  sockets: Set<Socket>;
  baseUrl: string;
  /** The provider keeps its realistic 401/403 for a wrong token or account (handlers re-created with it on reset). */
  strictAuth: boolean;
}


/** Largest request body a mock provider reads unless its definition says otherwise (bytes): 5 MB. */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
/** What every provider's requests share: the active faults and the journal. */
interface Shared {
  engine: FaultEngine;
  journal: Journal;
  /** Request ids of calls forwarded to a real upstream (pass-through), until their entry settles. */
  forwarded: Set<string>;
}

// Catalogue matchers, compiled once per provider definition.
const matchers = new WeakMap<ProviderDefinition, ReturnType<typeof compileCatalogue>>();

function intercept(shared: Shared, definition: ProviderDefinition, exchange: Exchange): Interception {
  const endpoint = matchers.get(definition)!(exchange.method, exchange.url.pathname);
  const entry = shared.journal.begin({ provider: definition.name, endpoint, method: exchange.method, url: exchange.url, at: exchange.arrivedAt });
  return {
    async respond() {
      entry.bodyDigest = bodyDigest(exchange.rawBody);
      const engine = shared.engine;
      const query = entry.query;
      const contentType = exchange.header('content-type');
      const mutation = endpoint?.kind === 'mutation';
      const decision = endpoint ? engine.decide({ provider: definition.name, endpoint: endpoint.endpoint, query, body: exchange.rawBody, contentType, mutation }) : null;
      if (!decision || !endpoint) return { type: 'response', response: await exchange.answer() };
      entry.fault = { kind: decision.spec.kind, index: decision.index };
      const outcome = await engine.apply(decision, {
        get request() {
          return exchange.request();
        },
        // The delays wait on this: a Request (its headers copied) is built only for kinds that read the request.
        get signal() {
          return exchange.signal;
        },
        arrivedAt: exchange.startedAt,
        provider: definition,
        endpoint,
        passThrough: () => exchange.passThrough(),
      });
      if (outcome.details) entry.fault.details = outcome.details;
      return outcome;
    },
    settled(result) {
      if (shared.forwarded.delete(exchange.requestId)) entry.passedThrough = true;
      shared.journal.settle(entry, result, exchange.handled);
    },
  };
}

function clientHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

/** A provider's fresh handlers (realistic auth rejections with `strictAuth`), behind its pass-through to a real upstream when it has one. */
function handlersOf(definition: ProviderDefinition, shared: Shared, strictAuth: boolean) {
  const handlers = definition.createHandlers({ strictAuth });
  return definition.passthrough ? withPassthrough(definition, definition.passthrough, handlers, (id) => shared.forwarded.add(id)) : handlers;
}

async function startProviderServer(definition: ProviderDefinition, host: string, shared: Shared, listenPort = 0, strictAuth = false): Promise<ProviderServer> {
  if (!matchers.has(definition)) matchers.set(definition, compileCatalogue(definition.catalogue));
  const bridge = createBridge({
    handlers: handlersOf(definition, shared, strictAuth),
    intercept: (exchange) => intercept(shared, definition, exchange),
    maxBodyBytes: definition.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    tooLarge: () => dialectResponse(definition, 'validation', { status: 413 }),
  });
  // The bridge answers every request itself: a router in front of it only costs time per request.
  const server = createServer((req, res) => void bridge.handle(req, res));
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listenPort, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { definition, bridge, server, sockets, strictAuth, baseUrl: `http://${clientHost(host)}:${port}` };
}

function closeServer({ server, sockets }: ProviderServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    for (const socket of sockets) socket.destroy();
  });
}

/**
 * Starts one HTTP server per provider on a loopback port of its own, serving the providers' MSW handlers
 * through the fast bridge, with faults and a shared journal.
 * @example
 * const mocks = await startMockRuntime({ providers: ['quickbooks'] });
 * mocks.applyFaults([{ provider: 'quickbooks', endpoint: 'GET /v3/company/{realmId}/query', kind: 'outage' }], { seed: 7 });
 * await fetch(`${mocks.baseUrls.quickbooks}/v3/company/4620816365213733390/query?query=select * from Vendor`);
 * await mocks.close();
 */
export async function startMockRuntime(options: MockRuntimeOptions = {}): Promise<MockRuntime> {
  const definitions = options.definitions ?? builtinProviders;
  const slugs = options.providers ?? Object.keys(definitions);
  const unknown = slugs.filter((slug) => !ownValue(definitions, slug));
  if (unknown.length > 0) {
    throw new Error(`brownout: unknown provider ${unknown.map((s) => `"${s}"`).join(', ')}; known providers: ${Object.keys(definitions).sort().join(', ')}.`);
  }
  const served = Object.fromEntries(slugs.map((slug) => [slug, definitions[slug]!]));
  const shared: Shared = { engine: new FaultEngine([], { providers: served }), journal: new Journal(), forwarded: new Set() };
  const host = options.host ?? '127.0.0.1';
  const servers: ProviderServer[] = [];
  try {
    const strict = (slug: string) => options.strictAuth === true || (Array.isArray(options.strictAuth) && options.strictAuth.includes(slug));
    for (const slug of slugs) servers.push(await startProviderServer(served[slug]!, host, shared, options.ports?.[slug] ?? 0, strict(slug)));
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }
  let closing: Promise<void> | undefined;

  return {
    baseUrls: Object.fromEntries(servers.map((s) => [s.definition.name, s.baseUrl])),
    applyFaults(faults: FaultInput[], applyOptions: { seed?: number } = {}) {
      shared.engine = new FaultEngine(faults.map(withFaultDefaults), { seed: applyOptions.seed, providers: served });
    },
    markAction() {
      shared.engine.markAction();
    },
    resetFaults() {
      shared.engine = new FaultEngine([], { providers: served });
    },
    journal: () => shared.journal.list(),
    clearJournal: () => shared.journal.clear(),
    reset() {
      shared.engine = new FaultEngine([], { providers: served });
      // A call a fault still holds (a hang the product never gave up on) must not reach into the next test.
      for (const s of servers) s.bridge.abortInFlight();
      shared.journal.clear();
      for (const s of servers) s.bridge.setHandlers(handlersOf(s.definition, shared, s.strictAuth));
    },
    inFlight: () => servers.reduce((sum, s) => sum + s.bridge.inFlight(), 0),
    close() {
      closing ??= Promise.all(servers.map(closeServer)).then(() => undefined);
      return closing;
    },
  };
}
