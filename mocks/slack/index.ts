import { parseCatalogue } from '../schema.ts';
import type { ProviderDefinition } from '../types.ts';
import catalogueJson from './catalogue.json' with { type: 'json' };
import { createSlackHandlers } from './handlers.ts';
import { respond } from './respond.ts';
import { createWorkspaceState } from './state.ts';

/** Slack (collaboration): one workspace's channels, members and messages, as the Web API serves them. */
export const slack: ProviderDefinition = {
  name: 'slack',
  title: 'Slack',
  category: 'Collaboration',
  hosts: ['slack.com', '*.slack.com'],
  catalogue: parseCatalogue(catalogueJson, 'mocks/slack/catalogue.json'),
  dialect: respond.dialect,
  createHandlers: () => createSlackHandlers(createWorkspaceState()),
  dialectVars: respond.vars,
};

export { createSlackHandlers, SLACK_TOKEN_SHAPE } from './handlers.ts';
export { createWorkspaceState } from './state.ts';
