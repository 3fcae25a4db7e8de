import { defineDemoFlow, resetDemo, type DemoFlow } from './types.ts';

const QUERY = 'GET /v3/company/{realmId}/query';
const fieldUnavailable = { initiatedBy: 'user-action', where: 'form', field: { required: true }, data: 'unavailable' };

/** The user opens "Create a QuickBooks expense": the payee list is fetched from QuickBooks on open. */
export const quickbooksCreateExpense: DemoFlow = defineDemoFlow({
  name: 'quickbooks.create-expense',
  integration: 'quickbooks',
  title: 'Create a QuickBooks expense',
  dependsOn: [
    { provider: 'quickbooks', endpoint: QUERY, match: { query: { query: 'from Vendor' } }, context: fieldUnavailable, purpose: 'payee dropdown (required)' },
    { provider: 'quickbooks', endpoint: QUERY, match: { query: { query: 'from Account' } }, context: fieldUnavailable, purpose: 'payment account and category dropdowns (required)' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await markAction();
    await page.goto(new URL('/expenses/new', baseUrl).href);
  },
});

/** The user fills "Create a QuickBooks expense" and clicks Create: the purchase is created in QuickBooks. */
export const quickbooksSubmitExpense: DemoFlow = defineDemoFlow({
  name: 'quickbooks.submit-expense',
  integration: 'quickbooks',
  title: 'Submit a QuickBooks expense',
  dependsOn: [
    { provider: 'quickbooks', endpoint: 'POST /v3/company/{realmId}/purchase', context: { initiatedBy: 'user-action', where: 'form-submit' }, purpose: 'create the expense' },
  ],
  async run({ page, baseUrl, markAction }) {
    await resetDemo(page, baseUrl);
    await page.goto(new URL('/expenses/new', baseUrl).href);
    await page.getByLabel('Payee', { exact: true }).selectOption({ label: 'Books by Bessie' });
    await page.getByLabel('Payment account', { exact: true }).selectOption({ label: 'Mastercard' });
    await page.getByLabel('Category', { exact: true }).selectOption({ label: 'Office Expenses' });
    await page.getByLabel('Amount', { exact: true }).fill('42.50');
    await page.getByLabel(/Memo/).fill('Printer paper');
    await markAction();
    await page.getByRole('button', { name: 'Create' }).click();
  },
});
