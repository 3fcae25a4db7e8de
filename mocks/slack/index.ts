import { parseCatalogue } from '../schema.ts';
import type { ProviderDefinition } from '../types.ts';
import catalogueJson from './catalogue.json' with { type: 'json' };
import { createSlackHandlers } from './handlers.ts';
import { slackDialect, slackVars } from './respond.ts';
import { createWorkspaceState } from './state.ts';

/** Slack (collaboration): one workspace's channels, members and messages, as the Web API serves them. */
export const slack: ProviderDefinition = {
  name: 'slack',
  title: 'Slack',
  category: 'Collaboration',
  catalogue: parseCatalogue(catalogueJson, 'mocks/slack/catalogue.json'),
  dialect: slackDialect,
  createHandlers: () => createSlackHandlers(createWorkspaceState()),
  dialectVars: slackVars,
};

export { createSlackHandlers, SLACK_TOKEN_SHAPE } from './handlers.ts';
export { createWorkspaceState } from './state.ts';
