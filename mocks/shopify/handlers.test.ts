import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockRuntime } from '../../harness/runtime/mock-runtime.ts';
import type { MockRuntime } from '../../harness/runtime/types.ts';
import { shopify } from './index.ts';
import { apiVersions, resolveVersion } from './versions.ts';

let mocks: MockRuntime;
let base: string;
const VERSION = apiVersions().stable.at(-1)!;
const headers = { 'X-Shopify-Access-Token': 'shpat_mock_token', 'Content-Type': 'application/json' };
const get = (path: string, version = VERSION) => fetch(`${base}/admin/api/${version}/${path}`, { headers });
const gql = (query: string) => fetch(`${base}/admin/api/${VERSION}/graphql.json`, { method: 'POST', headers, body: JSON.stringify({ query }) });

beforeAll(async () => {
  mocks = await startMockRuntime({ providers: ['shopify'] });
  base = mocks.baseUrls.shopify!;
});
beforeEach(() => mocks.reset());
afterAll(() => mocks.close());

describe('API versions', () => {
  it('serves four quarterly versions, falls a removed one forward and refuses a malformed or future one', () => {
    const now = new Date('2026-11-29T05:00:00Z');
    expect(apiVersions(now)).toEqual({ stable: ['2026-01', '2026-04', '2026-07', '2026-10'], releaseCandidate: '2027-01' });
    expect(resolveVersion('2025-10', now)).toEqual({ served: '2026-01', fellForward: true });
    expect(resolveVersion('2026-07', now)).toEqual({ served: '2026-07', fellForward: false });
    expect(resolveVersion('2027-04', now)).toBeNull();
    expect(resolveVersion('latest', now)).toBeNull();
  });

  it('answers an unknown version with 404 {"errors":"Not Found"}', async () => {
    const response = await get('shop.json', '2099-01');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: 'Not Found' });
  });
});

describe('REST leaky bucket', () => {
  it('counts calls in X-Shopify-Shop-Api-Call-Limit and throttles the 41st call of a burst with 429', async () => {
    const limits: string[] = [];
    for (let i = 0; i < 40; i++) limits.push((await get('shop.json')).headers.get('x-shopify-shop-api-call-limit')!);
    expect(limits[0]).toBe('1/40');
    // The bucket leaks 2 calls/s, so a fast burst of 40 fills it (give or take the leak during the burst).
    expect(Number(limits[39]!.split('/')[0])).toBeGreaterThanOrEqual(36);
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get('shop.json')).status);
    expect(statuses).toContain(429);
  });
});

describe('REST paging and filters', () => {
  it('reads one product by id, and answers an unknown id with 404', async () => {
    const { products } = await (await get('products.json?limit=1')).json();
    expect((await (await get(`products/${products[0].id}.json`)).json()).product.title).toBe(products[0].title);
    expect((await get('products/1.json')).status).toBe(404);
  });

  it('filters orders by status (open by default) and refuses filters beside page_info', async () => {
    expect((await (await get('orders.json')).json()).orders.map((o: any) => o.name)).toEqual(['#1001', '#1002', '#1003']);
    expect((await (await get('orders.json?status=cancelled')).json()).orders.map((o: any) => o.name)).toEqual(['#1004']);
    const bad = await get('products.json?page_info=abc&status=active');
    expect(bad.status).toBe(400);
  });
});

describe('GraphQL', () => {
  it('answers a query on an unknown field with a 200 and errors, no data', async () => {
    const response = await gql('{ shop { nonsense } }');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toContain('nonsense');
  });

  it('filters products with the search syntax', async () => {
    const body = await (await gql('{ products(first: 10, query: "status:draft") { nodes { title } } }')).json();
    expect(body.data.products.nodes).toEqual([{ title: 'Cotton Gift Card Sleeve' }]);
  });
});

describe('dialect', () => {
  it('says every failure kind the fault engine asks providers for, each noting its source', () => {
    for (const kind of ['outage', 'maintenance', 'rate-limit', 'auth-revoked', 'not-found', 'validation', 'deprecated', 'version-gone']) expect(shopify.dialect[kind]?.notes, kind).toBeTruthy();
  });
});
