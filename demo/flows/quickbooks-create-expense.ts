import type { Flow } from '../../harness/flows/types.ts';

/** The user opens "Create a QuickBooks expense": the payee list is fetched from QuickBooks on open. */
export const quickbooksCreateExpense: Flow = {
  name: 'quickbooks.create-expense',
  integration: 'quickbooks',
  title: 'Create a QuickBooks expense',
  async run({ page, baseUrl, markAction }) {
    markAction();
    await page.goto(new URL('/expenses/new', baseUrl).href);
  },
};
