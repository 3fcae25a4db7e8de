import { parseCatalogue } from '../schema.ts';
import type { ProviderDefinition } from '../types.ts';
import catalogueJson from './catalogue.json' with { type: 'json' };
import { createMsgraphHandlers } from './handlers.ts';
import { respond } from './respond.ts';
import { createTenantState } from './state.ts';

/** Microsoft Graph for Teams (collaboration): one tenant's users, teams, channels and channel messages. */
export const msgraph: ProviderDefinition = {
  name: 'msgraph',
  title: 'Microsoft Teams',
  aliases: ['Teams', 'Microsoft Graph', 'MS Teams'],
  category: 'Collaboration',
  hosts: ['graph.microsoft.com'],
  catalogue: parseCatalogue(catalogueJson, 'mocks/msgraph/catalogue.json'),
  dialect: respond.dialect,
  createHandlers: (options) => createMsgraphHandlers(createTenantState(), options),
  dialectVars: respond.vars,
};

export { createMsgraphHandlers } from './handlers.ts';
export { createTenantState } from './state.ts';
export { graphTestToken } from './token.ts';
