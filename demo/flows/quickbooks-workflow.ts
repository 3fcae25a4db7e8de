import { defineDemoFlow, resetDemo, type DemoFlow } from './types.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
const PAGE = '/workflows/invoice-on-deal-won';

/** The user opens the workflow's action settings: the optional product dropdown is read from QuickBooks. */
export const quickbooksWorkflowAction: DemoFlow = defineDemoFlow({
  name: 'quickbooks.workflow-action',
  integration: 'quickbooks',
  title: 'Set up "create a product in QuickBooks if it doesn\'t exist?"',
  dependsOn: [
    { provider: 'quickbooks', endpoint: QUERY, match: { query: { query: 'from Item' } }, context: { initiatedBy: 'user-action', where: 'form', field: { required: false } }, purpose: 'optional product dropdown' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await markAction();
    await page.goto(new URL(PAGE, baseUrl).href);
  },
});

/** The workflow runs for a test deal: find the product, create it if missing, create the invoice; then its history. */
export const quickbooksWorkflowRun: DemoFlow = defineDemoFlow({
  name: 'quickbooks.workflow-run',
  integration: 'quickbooks',
  title: 'Run "Invoice when a deal is won" and read its run history',
  dependsOn: [
    { provider: 'quickbooks', endpoint: QUERY, match: { query: { query: "where Name" } }, context: { initiatedBy: 'workflow' }, purpose: 'find the product' },
    { provider: 'quickbooks', endpoint: 'POST /v3/company/{realmId}/item', context: { initiatedBy: 'workflow' }, purpose: 'create the missing product' },
    { provider: 'quickbooks', endpoint: 'POST /v3/company/{realmId}/invoice', context: { initiatedBy: 'workflow' }, purpose: 'create the invoice' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL(PAGE, baseUrl).href);
    await page.getByText("This workflow hasn't run yet.").waitFor();
    await markAction();
    await page.getByRole('button', { name: 'Run now with a test deal' }).click();
  },
});
