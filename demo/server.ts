import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { boundedRetries, singleAttempt, type CallPolicy, type RetryTuning } from './backend/call-policies.ts';
import { createConnectionsRouter } from './backend/connections-routes.ts';
import { createDemoState } from './backend/demo-state.ts';
import { createPagesRouter } from './backend/pages.ts';
import { createQuickBooksClient } from './backend/quickbooks-client.ts';
import { createRecordsRouter } from './backend/records-routes.ts';
import { createApiRouter, type UxMode } from './backend/routes.ts';
import { createWorkflowRouter } from './backend/workflow-routes.ts';
import { createProviderHttp } from './backend/provider-http.ts';
import { createSlackRouter } from './backend/slack-routes.ts';
import { createZoomRouter } from './backend/zoom-routes.ts';
import { createSalesforceRouter } from './backend/salesforce-routes.ts';
import { createTeamsRouter } from './backend/teams-routes.ts';
import { createSheetsRouter } from './backend/sheets-routes.ts';

/** The QuickBooks company the demo works in when none is given: the case study's realm, also the bundled mock's company. */
export const DEFAULT_REALM_ID = '4620816365213733390';

/** Options of `startDemo`. */
export interface DemoOptions {
  mode: UxMode;
  /**
   * Where each 3rd party is reached, by provider slug (`quickbooks`, `slack`, `msgraph`, `zoom`, `shopify`,
   * `salesforce`, `google-sheets`), e.g. a mock runtime's `baseUrls`. A provider without one shows as not installed.
   */
  baseUrls: Record<string, string | undefined>;
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
 * Starts the integrations hub (integrations list, install, workflows, customers, expenses, reports) in one UX mode.
 * @example const demo = await startDemo({ mode: 'guided', baseUrls: runtime.baseUrls }); await page.goto(`${demo.url}/expenses/new`);
 */
export async function startDemo(options: DemoOptions): Promise<RunningDemo> {
  const { mode, realmId = DEFAULT_REALM_ID, port = 0, host = '127.0.0.1' } = options;
  // An unset QuickBooks URL gets an address nothing listens on: its pages then show it as unreachable.
  const client = createQuickBooksClient({ baseUrl: options.baseUrls.quickbooks ?? 'http://127.0.0.1:9', realmId });
  // One policy per provider: a Retry-After from one provider holds back that provider's calls only.
  const policies = new Map<string, CallPolicy>();
  const policyFor = (provider: string): CallPolicy => {
    if (mode === 'legacy') return singleAttempt;
    if (!policies.has(provider)) policies.set(provider, boundedRetries(options.retryTuning));
    return policies.get(provider)!;
  };
  const policy = policyFor('quickbooks');
  const state = createDemoState();

  const app = express();
  app.disable('x-powered-by');
  app.use(express.json());
  app.get('/', (_req, res) => res.redirect('/integrations'));
  // The one dynamic script: it tells the static pages which product version they are.
  app.get('/app-config.js', (_req, res) => res.type('text/javascript').send(`export const uxMode = ${JSON.stringify(mode)};\n`));
  // Drills start from a clean product: no run history or cached data left by the scenario before.
  app.post('/api/demo/reset', (_req, res) => {
    state.reset();
    // Each drill starts unthrottled: a Retry-After the drill before was given does not carry over.
    for (const policy of policies.values()) policy.reset?.();
    res.status(204).end();
  });
  app.use(createPagesRouter());
  app.use(createApiRouter({ mode, client, policy }));
  app.use(createWorkflowRouter({ mode, client, policy, state }));
  app.use(createRecordsRouter({ mode, client, policy, state }));
  app.use(createConnectionsRouter({ mode, policyFor, baseUrls: options.baseUrls, realmId }));
  app.use(createSlackRouter({ mode, http: createProviderHttp('slack', options.baseUrls.slack), policy: policyFor('slack') }));
  app.use(createZoomRouter({ mode, http: createProviderHttp('zoom', options.baseUrls.zoom), policy: policyFor('zoom'), state }));
  app.use(createSalesforceRouter({ mode, http: createProviderHttp('salesforce', options.baseUrls.salesforce), policy: policyFor('salesforce'), state }));
  app.use(createTeamsRouter({ mode, http: createProviderHttp('msgraph', options.baseUrls.msgraph), policy: policyFor('msgraph'), state }));
  app.use(createSheetsRouter({ mode, http: createProviderHttp('google-sheets', options.baseUrls['google-sheets']), policy: policyFor('google-sheets') }));
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
