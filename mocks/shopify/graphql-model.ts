import { buildProduct, type ShopState, type ShopifyObject } from './store.ts';

/** A Relay-style connection over items, as Shopify pages them (`first`/`after`, `last`/`before`, opaque cursors). */
export function connection<T extends { id: string }>(items: T[], args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null }) {
  const cursorOf = (item: T) => Buffer.from(JSON.stringify({ last_id: item.id })).toString('base64url');
  const indexOf = (cursor: string) => items.findIndex((item) => cursorOf(item) === cursor);
  let start = args.after ? indexOf(args.after) + 1 : 0;
  let end = args.before ? Math.max(0, indexOf(args.before)) : items.length;
  if (args.first != null) end = Math.min(end, start + args.first);
  if (args.last != null) start = Math.max(start, end - args.last);
  const page = items.slice(start, end);
  return {
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    nodes: page,
    pageInfo: { hasNextPage: end < items.length, hasPreviousPage: start > 0, startCursor: page[0] ? cursorOf(page[0]) : null, endCursor: page.at(-1) ? cursorOf(page.at(-1)!) : null },
  };
}

/** A REST product as its GraphQL `Product`. */
export function productNode(product: ShopifyObject) {
  const variants = (product.variants as ShopifyObject[]).map((v) => ({ id: String(v.admin_graphql_api_id), title: String(v.title), price: v.price, sku: v.sku || null, inventoryQuantity: v.inventory_quantity }));
  return {
    id: String(product.admin_graphql_api_id), legacyResourceId: String(product.id), title: product.title, handle: product.handle, status: String(product.status).toUpperCase(),
    vendor: product.vendor, productType: product.product_type, tags: String(product.tags).split(',').map((t) => t.trim()).filter(Boolean), descriptionHtml: product.body_html,
    createdAt: product.created_at, updatedAt: product.updated_at, totalInventory: variants.reduce((sum, v) => sum + Number(v.inventoryQuantity), 0),
    variants: (args: { first?: number; after?: string }) => connection(variants, args),
  };
}

/** A REST order as its GraphQL `Order`. */
export function orderNode(order: ShopifyObject, currency: string) {
  const customer = order.customer as ShopifyObject | null;
  const money = { amount: order.total_price, currencyCode: currency };
  return {
    id: String(order.admin_graphql_api_id), name: order.name, email: order.email, createdAt: order.created_at, cancelledAt: order.cancelled_at,
    displayFinancialStatus: String(order.financial_status).toUpperCase(), displayFulfillmentStatus: order.fulfillment_status ? String(order.fulfillment_status).toUpperCase() : 'UNFULFILLED',
    totalPriceSet: { shopMoney: money, presentmentMoney: money },
    customer: customer ? { id: String(customer.admin_graphql_api_id), displayName: `${customer.first_name} ${customer.last_name}`, email: customer.email } : null,
  };
}

/** Shopify's search syntax, the part a product list uses: bare words match the title, `field:value` filters. */
export function matchesSearch(node: Record<string, unknown>, query: string | null | undefined): boolean {
  if (!query) return true;
  return query.split(/\s+(?:AND\s+)?/i).filter(Boolean).every((term) => {
    const [field, value] = term.includes(':') ? term.split(/:(.*)/) : ['title', term];
    const pattern = new RegExp(`^${value!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
    const actual = String(node[field === 'product_type' ? 'productType' : field!] ?? '');
    return field === 'title' && !value!.includes('*') ? actual.toLowerCase().includes(value!.toLowerCase()) : pattern.test(actual);
  });
}

/** The root resolvers of the schema over one shop's state. */
export function rootValue(state: ShopState) {
  const shop = state.shop;
  return {
    shop: () => ({
      id: `gid://shopify/Shop/${shop.id}`, name: shop.name, email: shop.email, contactEmail: shop.customer_email, myshopifyDomain: shop.myshopify_domain, currencyCode: shop.currency,
      ianaTimezone: shop.iana_timezone, primaryDomain: { host: shop.domain, url: `https://${shop.domain}` }, plan: { displayName: shop.plan_display_name, partnerDevelopment: false, shopifyPlus: false },
    }),
    products: (args: { query?: string; reverse?: boolean; first?: number; after?: string; last?: number; before?: string }) => {
      const nodes = state.products.map(productNode).filter((node) => matchesSearch(node, args.query));
      return connection(args.reverse ? nodes.reverse() : nodes, args);
    },
    product: ({ id }: { id: string }) => {
      const found = state.products.find((p) => p.admin_graphql_api_id === id);
      return found ? productNode(found) : null;
    },
    orders: (args: { query?: string; reverse?: boolean; first?: number; after?: string; last?: number; before?: string }) => {
      const nodes = state.orders.map((o) => orderNode(o, String(shop.currency))).filter((node) => matchesSearch(node, args.query));
      return connection(args.reverse ? nodes.reverse() : nodes, args);
    },
    productCreate: ({ product, input }: { product?: Record<string, unknown>; input?: Record<string, unknown> }) => {
      const fields = product ?? input ?? {};
      const title = typeof fields.title === 'string' ? fields.title.trim() : '';
      if (!title) return { product: null, userErrors: [{ field: ['title'], message: "Title can't be blank" }] };
      const created = buildProduct(state, {
        title, body_html: (fields.descriptionHtml as string) ?? '', vendor: fields.vendor as string, product_type: fields.productType as string,
        tags: ((fields.tags as string[] | undefined) ?? []).join(', '), status: String(fields.status ?? 'ACTIVE').toLowerCase(),
      }, new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'));
      state.products.push(created);
      return { product: productNode(created), userErrors: [] };
    },
  };
}
