import { parseCatalogue } from '../schema.ts';
import type { ProviderDefinition } from '../types.ts';
import catalogueJson from './catalogue.json' with { type: 'json' };
import { createShopifyHandlers } from './handlers.ts';
import { respond } from './respond.ts';
import { createShopState } from './store.ts';

/** Shopify (e-commerce) Admin API, REST and GraphQL: one shop's settings, products and orders. */
export const shopify: ProviderDefinition = {
  name: 'shopify',
  title: 'Shopify',
  aliases: ['Shopify Admin'],
  category: 'ECommerce',
  hosts: ['*.myshopify.com'],
  catalogue: parseCatalogue(catalogueJson, 'mocks/shopify/catalogue.json'),
  dialect: respond.dialect,
  createHandlers: () => createShopifyHandlers(createShopState()),
  dialectVars: respond.vars,
};

export { createShopifyHandlers } from './handlers.ts';
export { createShopState } from './store.ts';
export { apiVersions, resolveVersion } from './versions.ts';
