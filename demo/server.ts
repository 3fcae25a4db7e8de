import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { boundedRetries, singleAttempt, type RetryTuning } from './backend/call-policies.ts';
import { createQuickBooksClient } from './backend/quickbooks-client.ts';
import { createApiRouter, type UxMode } from './backend/routes.ts';

/** The QuickBooks company the demo works in when none is given: the case study's realm, also the bundled mock's company. */
export const DEFAULT_REALM_ID = '4620816365213733390';

/** Options of `startDemo`. */
export interface DemoOptions {
  mode: UxMode;
  /** Where each 3rd party is reached, e.g. a mock runtime's `baseUrls`. */
  baseUrls: { quickbooks: string };
  realmId?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback unless told otherwise. */
  host?: string;
  /** Guided mode's retry and timeout budget; tests shorten it. */
  retryTuning?: RetryTuning;
}

/** A running demo product. */
export interface RunningDemo {
  /** Base URL, e.g. `http://127.0.0.1:40123`; the expense form is at `${url}/expenses/new`. */
  url: string;
  close(): Promise<void>;
}

const publicDir = fileURLToPath(new URL('./public/', import.meta.url));

/**
 * Starts the integrations hub: the "Create a QuickBooks expense" page and its backend, in one UX mode.
 * @example const demo = await startDemo({ mode: 'guided', baseUrls: runtime.baseUrls }); await page.goto(`${demo.url}/expenses/new`);
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const { mode, realmId = DEFAULT_REALM_ID, port = 0, host = '127.0.0.1' } = options;
  const client = createQuickBooksClient({ baseUrl: options.baseUrls.quickbooks, realmId });
  const policy = mode === 'guided' ? boundedRetries(options.retryTuning) : singleAttempt;

  const app = express();
  app.disable('x-powered-by');
  app.use(express.json());
  app.get('/', (_req, res) => res.redirect('/expenses/new'));
  app.get('/expenses/new', (_req, res) => res.sendFile(`${publicDir}expenses-new.html`));
  // The one dynamic script: it tells the static page which product version it is.
  app.get('/app-config.js', (_req, res) => res.type('text/javascript').send(`export const uxMode = ${JSON.stringify(mode)};\n`));
  app.use(createApiRouter({ mode, client, policy }));
  app.use(express.static(publicDir, { index: false }));

  const server = app.listen(port, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // A legacy request stuck on a hung provider would otherwise keep close() waiting forever.
        server.closeAllConnections();
      }),
  };
}
