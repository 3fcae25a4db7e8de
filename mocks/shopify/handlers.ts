import { http, type HttpResponseResolver, type RequestHandler } from 'msw';
import { answerGraphql } from './graphql-api.ts';
import { isRevokedToken, respond, takeRestCall, versionHeaders } from './respond.ts';
import { createProduct, getProduct, getShop, listOrders, listProducts } from './rest.ts';
import { createShopState, LIMITS, type ShopState } from './store.ts';
import { resolveVersion } from './versions.ts';

type Operation = (args: { request: Request; url: URL; params: Record<string, unknown> }) => Response | Promise<Response>;

/**
 * What Shopify checks before answering: the API version (a removed one falls forward to the oldest supported one;
 * an unknown one is 404), the access token (401), and, for REST, the 40-call leaky bucket (429). Every answer names
 * the version served; REST answers carry `X-Shopify-Shop-Api-Call-Limit`.
 */
function guard(state: ShopState, operation: Operation, api: 'rest' | 'graphql'): HttpResponseResolver {
  return async ({ request, params }) => {
    const version = resolveVersion(String(params.version));
    if (!version) return respond.fromDialect('not-found');
    if (isRevokedToken(request.headers.get('x-shopify-access-token'))) return respond.fromDialect('auth-revoked');
    let callLimit: number | null = null;
    if (api === 'rest') {
      callLimit = takeRestCall(state);
      if (callLimit === null) return respond.fromDialect('rate-limit');
    }
    const response = await operation({ request, url: new URL(request.url), params });
    for (const [name, value] of Object.entries(versionHeaders(version))) response.headers.set(name, value);
    if (callLimit !== null) response.headers.set('X-Shopify-Shop-Api-Call-Limit', `${callLimit}/${LIMITS.restBucket}`);
    return response;
  };
}

/**
 * Shopify Admin API handlers over one shop's state (fresh seeded state by default): REST shop, products (list,
 * read, create) and orders with cursor paging, and the GraphQL endpoint (shop, products, orders, productCreate).
 */
export function createShopifyHandlers(state: ShopState = createShopState()): RequestHandler[] {
  return [
    http.get('/admin/api/:version/shop.json', guard(state, () => getShop(state), 'rest')),
    http.get('/admin/api/:version/products.json', guard(state, ({ url }) => listProducts(state, url), 'rest')),
    http.post('/admin/api/:version/products.json', guard(state, ({ request }) => createProduct(state, request), 'rest')),
    http.get('/admin/api/:version/products/:id.json', guard(state, ({ params }) => getProduct(state, String(params.id)), 'rest')),
    http.get('/admin/api/:version/orders.json', guard(state, ({ url }) => listOrders(state, url), 'rest')),
    http.post('/admin/api/:version/graphql.json', guard(state, ({ request }) => answerGraphql(state, request), 'graphql')),
  ];
}
