/**
 * The control API of `brownout mocks`: a few resettable REST resources over a running mock runtime
 * (like toxiproxy's `api.go`): providers and their endpoints, faults, the journal, reset, and the page.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import type { ProviderDefinition } from '../../mocks/types.ts';
import { faultKinds } from '../faults/registry.ts';
import { ownValue } from '../own.ts';
import type { MockRuntime } from '../runtime/types.ts';
import { isLoopback, requireToken } from './auth.ts';
import { MAX_NESTING, nestingExceeds } from './json-nesting.ts';
import { sameOrigin } from './same-origin.ts';
import { ControlError, sendControlError, toControlError } from './errors.ts';
import { FaultList } from './fault-list.ts';
import { controlPage } from './page.ts';
import { parseFaults } from './validate-faults.ts';

/** What the control API serves. */
export interface ControlApiOptions {
  runtime: MockRuntime;
  /** The definitions of the providers the runtime serves, by slug. */
  definitions: Record<string, ProviderDefinition>;
  /** When set, every request needs it (Bearer header or `?token=`). */
  token?: string;
  /** The interface it is served on (`--host`), for the Host and Origin checks; default 127.0.0.1. */
  host?: string;
  /** Seed of the faults' probability draws. */
  seed?: number;
}

/** Most journal entries one `GET /journal` returns (requests). */
const JOURNAL_MAX = 1000;

function limitOf(value: unknown): number {
  if (value === undefined) return 100;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > JOURNAL_MAX) {
    throw new ControlError('invalid-query', `limit: expected a whole number of entries from 1 to ${JOURNAL_MAX}, got "${String(value)}"; e.g. /journal?limit=20.`);
  }
  return n;
}

/**
 * Builds the control API as an express app (the caller listens).
 * @example const app = createControlApi({ runtime, definitions: builtinProviders }); createServer(app).listen(0, '127.0.0.1');
 */
export function createControlApi(options: ControlApiOptions): express.Express {
  const { runtime, definitions } = options;
  const served = Object.fromEntries(Object.keys(runtime.baseUrls).map((slug) => [slug, definitions[slug]!]));
  const faults = new FaultList(runtime, options.seed ?? 1);
  const providerView = (slug: string) => {
    const def = ownValue(served, slug);
    if (!def) {
      throw new ControlError('unknown-provider', `unknown provider "${slug}"; served providers: ${Object.keys(served).sort().join(', ')}.`);
    }
    return { name: def.name, title: def.title, category: def.category, baseUrl: runtime.baseUrls[slug], endpoints: def.catalogue };
  };
  const page = controlPage();

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  if (options.token) app.use(requireToken(options.token));
  app.use(sameOrigin(options.host ?? '127.0.0.1', !options.token || isLoopback(options.host ?? '127.0.0.1')));
  app.use(express.json({ limit: '100kb', type: () => true }));
  app.use((req: Request, _res: Response, next: NextFunction) => {
    // The faults go through the YAML loader, whose recursion a deeply nested body would overflow (a 500).
    if (nestingExceeds(req.body, MAX_NESTING)) throw new ControlError('malformed-json', `the request body nests deeper than ${MAX_NESTING} levels; a fault is a few levels deep (params, match).`);
    next();
  });

  app.get('/', (_req, res) => {
    res.set({ 'content-security-policy': page.csp, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
    res.type('html').send(page.html);
  });
  app.get('/providers', (_req, res) => void res.json(Object.keys(served).map(providerView)));
  app.get('/providers/:name', (req, res) => void res.json(providerView(req.params.name)));
  app.get('/fault-kinds', (_req, res) => {
    res.json(Object.values(faultKinds).map((k) => ({ name: k.name, summary: k.summary })).sort((a, b) => a.name.localeCompare(b.name)));
  });
  app.get('/faults', (_req, res) => void res.json(faults.list()));
  app.get('/faults/:id', (req, res) => void res.json(faults.get(req.params.id)));
  app.post('/faults', (req, res) => {
    const added = faults.add(parseFaults(req.body, { providers: served }));
    res.status(201).json(added);
  });
  app.delete('/faults/:id', (req, res) => {
    faults.remove(req.params.id);
    res.status(204).end();
  });
  app.delete('/faults', (_req, res) => {
    faults.clear();
    res.status(204).end();
  });
  app.get('/journal', (req, res) => {
    const limit = limitOf(req.query.limit);
    const provider = typeof req.query.provider === 'string' ? req.query.provider : undefined;
    if (provider) providerView(provider);
    const entries = runtime.journal().filter((e) => !provider || e.provider === provider);
    res.json(entries.slice(-limit));
  });
  app.delete('/journal', (_req, res) => {
    runtime.clearJournal();
    res.status(204).end();
  });
  // The flow under test reached its action: faults with when.fromAction start now.
  app.post('/action', (_req, res) => {
    runtime.markAction();
    res.status(204).end();
  });
  app.post('/reset', (_req, res) => {
    faults.clear();
    runtime.reset();
    res.status(204).end();
  });
  app.use((req: Request) => {
    throw new ControlError('unknown-route', `no control API route ${req.method} ${req.path}; routes: GET /, GET /providers, GET /providers/:name, GET /fault-kinds, GET|POST|DELETE /faults, GET|DELETE /faults/:id, GET|DELETE /journal, POST /action, POST /reset.`);
  });
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => sendControlError(res, toControlError(error)));
  return app;
}
