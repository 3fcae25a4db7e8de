import { buildProduct, type ShopState, type ShopifyObject } from './store.ts';
import { respond, unprocessable } from './respond.ts';
import { parseJsonData } from '../json-data.ts';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 250;

/** A page cursor of Shopify's cursor pagination (`page_info`): the filters and which side of which id. */
interface PageInfo {
  filters: Record<string, string>;
  after?: number;
  before?: number;
}

const encode = (info: PageInfo) => Buffer.from(JSON.stringify(info)).toString('base64url');
function decode(text: string): PageInfo | null {
  try {
    const info = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as PageInfo;
    return info && typeof info.filters === 'object' ? info : null;
  } catch {
    return null;
  }
}

/**
 * Lists a resource with Shopify's REST paging: `limit` (1-250), `since_id`, filters, and `page_info` cursors given in
 * a `Link` header (`rel="next"`, `rel="previous"`); with `page_info` only `limit` and `fields` may be sent.
 */
function list(url: URL, key: string, all: ShopifyObject[], filter: (item: ShopifyObject, filters: Record<string, string>) => boolean): Response {
  const params = Object.fromEntries(url.searchParams);
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number(params.limit ?? DEFAULT_LIMIT) || DEFAULT_LIMIT));
  let info: PageInfo = { filters: {} };
  if (params.page_info !== undefined) {
    const decoded = decode(params.page_info);
    if (!decoded) return Response.json({ errors: { page_info: 'Invalid value.' } }, { status: 400 });
    const extra = Object.keys(params).filter((name) => !['page_info', 'limit', 'fields'].includes(name));
    if (extra.length > 0) return Response.json({ errors: { page_info: `page_info cannot be passed with ${extra.join(', ')}` } }, { status: 400 });
    info = decoded;
  } else {
    const { limit: _l, fields: _f, ...filters } = params;
    info = { filters };
  }
  let matched = all.filter((item) => filter(item, info.filters)).sort((a, b) => a.id - b.id);
  const sinceId = Number(info.filters.since_id ?? 0);
  if (sinceId) matched = matched.filter((item) => item.id > sinceId);
  let start = 0;
  if (info.after !== undefined) start = matched.findIndex((item) => item.id > info.after!);
  if (info.before !== undefined) start = Math.max(0, matched.findIndex((item) => item.id >= info.before!) - limit);
  if (start < 0) start = matched.length;
  const items = matched.slice(start, start + limit);
  const fields = params.fields?.split(',').map((f) => f.trim());
  const shaped = fields ? items.map((item) => Object.fromEntries(fields.filter((f) => f in item).map((f) => [f, item[f]]))) : items;
  const response = respond.json({ [key]: structuredClone(shaped) });
  const link = (cursor: PageInfo, rel: string) => {
    const next = new URL(url.pathname, url.origin);
    next.searchParams.set('limit', String(limit));
    if (fields) next.searchParams.set('fields', fields.join(','));
    next.searchParams.set('page_info', encode(cursor));
    return `<${next}>; rel="${rel}"`;
  };
  const links = [];
  if (start > 0 && items.length > 0) links.push(link({ filters: info.filters, before: items[0]!.id }, 'previous'));
  if (start + limit < matched.length) links.push(link({ filters: info.filters, after: items.at(-1)!.id }, 'next'));
  if (links.length > 0) response.headers.set('Link', links.join(', '));
  return response;
}

/** `GET shop.json`. */
export function getShop(state: ShopState): Response {
  return respond.json({ shop: state.shop });
}

/** `GET products.json`: filters `status`, `vendor`, `product_type`, `ids`, `title`. */
export function listProducts(state: ShopState, url: URL): Response {
  return list(url, 'products', state.products, (p, f) =>
    (!f.status || f.status.split(',').includes(String(p.status))) && (!f.vendor || p.vendor === f.vendor) && (!f.product_type || p.product_type === f.product_type) &&
    (!f.ids || f.ids.split(',').map(Number).includes(p.id)) && (!f.title || String(p.title).toLowerCase().includes(f.title.toLowerCase())));
}

/** `GET products/{id}.json`. */
export function getProduct(state: ShopState, id: string): Response {
  const product = state.products.find((p) => String(p.id) === id);
  return product ? respond.json({ product: structuredClone(product) }) : respond.fromDialect('not-found');
}

/** `GET orders.json`: `status` open (default), closed, cancelled or any; `financial_status`. */
export function listOrders(state: ShopState, url: URL): Response {
  return list(url, 'orders', state.orders, (o, f) => {
    const status = f.status ?? 'open';
    const open = !o.closed_at && !o.cancelled_at;
    const byStatus = status === 'any' || (status === 'open' && open) || (status === 'closed' && Boolean(o.closed_at)) || (status === 'cancelled' && Boolean(o.cancelled_at));
    return byStatus && (!f.financial_status || f.financial_status === 'any' || o.financial_status === f.financial_status);
  });
}

/** `POST products.json` with `{"product":{...}}`: 201 with the product, 422 when the title is blank. */
export async function createProduct(state: ShopState, request: Request): Promise<Response> {
  let body: unknown;
  try {
    body = parseJsonData(await request.text());
  } catch {
    body = undefined;
  }
  const input = (body as { product?: Record<string, unknown> } | undefined)?.product;
  if (!input || typeof input !== 'object') return Response.json({ errors: { product: 'Required parameter missing or invalid' } }, { status: 400 });
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  if (!title) return unprocessable({ title: ["can't be blank"] });
  const status = String(input.status ?? 'active');
  if (!['active', 'draft', 'archived'].includes(status)) return unprocessable({ status: ['is not included in the list'] });
  const variants = Array.isArray(input.variants)
    ? input.variants.map((v: Record<string, unknown>) => [String(v.option1 ?? v.title ?? 'Default Title'), Number(v.price ?? 0).toFixed(2), v.sku ? String(v.sku) : null, Number(v.inventory_quantity ?? 0)] as [string, string, string | null, number])
    : undefined;
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, '-00:00');
  const product = buildProduct(state, { title, body_html: input.body_html as string, vendor: input.vendor as string, product_type: input.product_type as string, tags: input.tags as string, status, variants }, now);
  state.products.push(product);
  return respond.json({ product: structuredClone(product) }, { status: 201 });
}
