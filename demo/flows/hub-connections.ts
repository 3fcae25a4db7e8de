import { defineDemoFlow, resetDemo, type DemoFlow } from './types.ts';

const health = (provider: string, endpoint: string, context: Record<string, unknown>, purpose: string, match?: DemoFlow['dependsOn'][number]['match']) =>
  ({ provider, endpoint, context, purpose, ...(match ? { match } : {}) });
const notOnPage = { initiatedBy: 'not-on-related-page' };
const QBO_HEALTH = { query: { query: 'maxresults 1' } };

/** The user opens the integrations list: each card checks its app's connection. */
export const integrationsList: DemoFlow = defineDemoFlow({
  name: 'integrations.list',
  integration: 'shopify',
  title: 'Integrations list with connection cards',
  dependsOn: [
    health('quickbooks', 'GET /v3/company/{realmId}/query', notOnPage, 'QuickBooks card', QBO_HEALTH),
    health('shopify', 'GET /admin/api/{version}/shop.json', notOnPage, 'Shopify card'),
    health('salesforce', 'GET /services/data/', notOnPage, 'Salesforce card'),
    health('slack', 'POST /api/auth.test', notOnPage, 'Slack card'),
    health('msgraph', 'GET /v1.0/users', notOnPage, 'Microsoft Teams card'),
    health('zoom', 'GET /v2/users/me', notOnPage, 'Zoom card'),
    health('google-sheets', 'GET /drive/v3/files', notOnPage, 'Google Sheets card'),
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await markAction();
    await page.goto(new URL('/integrations', baseUrl).href);
  },
});

/** The user connects QuickBooks from its install page; the hub checks the new connection. */
export const quickbooksInstallApp: DemoFlow = defineDemoFlow({
  name: 'quickbooks.install-app',
  integration: 'quickbooks',
  title: 'Install (connect) the QuickBooks app',
  dependsOn: [health('quickbooks', 'GET /v3/company/{realmId}/query', { initiatedBy: 'user-action', where: 'install-app' }, 'verify the new connection', QBO_HEALTH)],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL('/integrations/quickbooks/install', baseUrl).href);
    await markAction();
    await page.getByRole('button', { name: 'Connect QuickBooks' }).click();
  },
});
