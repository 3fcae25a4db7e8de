import { defineDemoFlow, resetDemo, type DemoFlow } from './types.ts';

const QUERY = 'GET /v3/company/{realmId}/query';

/** From the customer list the user opens a customer whose record page is read from QuickBooks. */
export const quickbooksOpenCustomer: DemoFlow = defineDemoFlow({
  name: 'quickbooks.open-customer',
  integration: 'quickbooks',
  title: 'Open a customer record (details and invoices from QuickBooks)',
  dependsOn: [
    { provider: 'quickbooks', endpoint: QUERY, match: { query: { query: 'from Customer' } }, context: { initiatedBy: 'user-action', where: 'next-page' }, purpose: 'the record page itself' },
    { provider: 'quickbooks', endpoint: QUERY, match: { query: { query: 'from Invoice' } }, context: { initiatedBy: 'viewing', data: 'unavailable', scope: 'section' }, purpose: 'the invoices panel' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL('/customers', baseUrl).href);
    await markAction();
    await page.getByRole('link', { name: "Amy's Bird Sanctuary" }).click();
  },
});

/** On Reports the user downloads every QuickBooks invoice as a CSV file. */
export const quickbooksExportInvoices: DemoFlow = defineDemoFlow({
  name: 'quickbooks.export-invoices',
  integration: 'quickbooks',
  title: 'Download QuickBooks invoices as CSV',
  dependsOn: [
    { provider: 'quickbooks', endpoint: QUERY, match: { query: { query: 'from Invoice' } }, context: { initiatedBy: 'user-action', where: 'download' }, purpose: 'the export' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL('/reports', baseUrl).href);
    await markAction();
    await page.getByRole('button', { name: 'Download CSV' }).click();
  },
});
