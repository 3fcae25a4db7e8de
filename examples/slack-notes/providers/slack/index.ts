import { parseCatalogue, parseDialect, type ProviderDefinition } from 'brownout';
import catalogueJson from './catalogue.json' with { type: 'json' };
import dialectJson from './dialect.json' with { type: 'json' };
import { createSlackHandlers } from './handlers.ts';

/**
 * The example's own Slack provider (the two Web API methods it calls), in the format of mocks/quickbooks:
 * MSW handlers, a dialect, a catalogue, and the real hosts a page calls it at.
 */
export const slack: ProviderDefinition = {
  name: 'slack',
  title: 'Slack',
  category: 'Collaboration',
  catalogue: parseCatalogue(catalogueJson, 'examples/slack-notes/providers/slack/catalogue.json'),
  dialect: parseDialect(dialectJson, 'examples/slack-notes/providers/slack/dialect.json'),
  createHandlers: createSlackHandlers,
  hosts: ['slack.com'],
};
