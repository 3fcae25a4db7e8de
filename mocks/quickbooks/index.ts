import { parseCatalogue } from '../schema.ts';
import type { ProviderDefinition } from '../types.ts';
import catalogueJson from './catalogue.json' with { type: 'json' };
import { createCompanyState } from './data.ts';
import { createQuickBooksHandlers } from './handlers.ts';
import { respond } from './respond.ts';

/** QuickBooks Online (accounting): vendors, accounts, items, customers, purchases and invoices of one sandbox company. */
export const quickbooks: ProviderDefinition = {
  name: 'quickbooks',
  title: 'QuickBooks Online',
  aliases: ['QuickBooks', 'QBO', 'Intuit'],
  category: 'ERP',
  hosts: ['quickbooks.api.intuit.com', 'sandbox-quickbooks.api.intuit.com'],
  catalogue: parseCatalogue(catalogueJson, 'mocks/quickbooks/catalogue.json'),
  dialect: respond.dialect,
  createHandlers: (options) => createQuickBooksHandlers(createCompanyState(), options),
  dialectVars: respond.vars,
};

export { REALM_ID, createCompanyState } from './data.ts';
export { createQuickBooksHandlers } from './handlers.ts';
