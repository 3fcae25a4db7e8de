import { parseCatalogue } from '../schema.ts';
import type { ProviderDefinition } from '../types.ts';
import catalogueJson from './catalogue.json' with { type: 'json' };
import { createOrgState } from './data.ts';
import { createSalesforceHandlers } from './handlers.ts';
import { respond } from './respond.ts';

/** Salesforce (CRM) REST API: versions, SOQL queries with paging, and Contacts and Accounts of one org. */
export const salesforce: ProviderDefinition = {
  name: 'salesforce',
  title: 'Salesforce',
  aliases: ['Salesforce CRM', 'SFDC'],
  category: 'CRM',
  hosts: ['*.my.salesforce.com', 'login.salesforce.com', 'test.salesforce.com'],
  catalogue: parseCatalogue(catalogueJson, 'mocks/salesforce/catalogue.json'),
  dialect: respond.dialect,
  createHandlers: () => createSalesforceHandlers(createOrgState()),
  dialectVars: respond.vars,
};

export { createOrgState } from './data.ts';
export { createSalesforceHandlers, isRevokedToken } from './handlers.ts';
