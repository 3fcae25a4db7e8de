import { googleSheets } from './google-sheets/index.ts';
import { msgraph } from './msgraph/index.ts';
import { quickbooks } from './quickbooks/index.ts';
import { salesforce } from './salesforce/index.ts';
import { shopify } from './shopify/index.ts';
import { slack } from './slack/index.ts';
import { zoom } from './zoom/index.ts';
import type { ProviderDefinition } from './types.ts';

/** Every built-in provider by slug. Adding one: a folder under mocks/ and one line here. */
export const builtinProviders: Record<string, ProviderDefinition> = {
  [googleSheets.name]: googleSheets,
  [msgraph.name]: msgraph,
  [quickbooks.name]: quickbooks,
  [salesforce.name]: salesforce,
  [shopify.name]: shopify,
  [slack.name]: slack,
  [zoom.name]: zoom,
};
