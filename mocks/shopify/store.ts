import seed from './seed.json' with { type: 'json' };

/** A REST resource as Shopify serialises it (snake_case fields). */
export type ShopifyObject = { id: number; [field: string]: unknown };

/** One shop's mutable state: products, orders, id counters and the two rate-limit buckets. */
export interface ShopState {
  shop: ShopifyObject;
  products: ShopifyObject[];
  orders: ShopifyObject[];
  nextId: number;
  /** REST leaky bucket: calls in the bucket (calls) and when it was last drained (ms since epoch). */
  rest: { level: number; at: number };
  /** GraphQL cost bucket: points available (points) and when it was last refilled (ms since epoch). */
  graphql: { available: number; at: number };
}

/** Bucket sizes and rates (REST 40 calls leaking 2/s; GraphQL 1000 points restoring 50/s). */
export const LIMITS = seed.limits;

const gid = (type: string, id: number) => `gid://shopify/${type}/${id}`;

/** A product in REST shape from its parts; variants are `[option1, price, sku, inventory]`. */
export function buildProduct(state: ShopState, input: { title: string; body_html?: string | null; vendor?: string; product_type?: string; tags?: string; status?: string; variants?: Array<[string, string, string | null, number]> }, createdAt: string): ShopifyObject {
  const id = state.nextId++;
  const handle = input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const variants = (input.variants?.length ? input.variants : [['Default Title', '0.00', null, 0] as [string, string, string | null, number]]).map(([option1, price, sku, inventory], position) => {
    const variantId = state.nextId++;
    return {
      id: variantId, product_id: id, title: option1, price, position: position + 1, inventory_policy: 'deny', compare_at_price: null, option1, option2: null, option3: null,
      created_at: createdAt, updated_at: createdAt, taxable: true, barcode: null, fulfillment_service: 'manual', grams: 0, inventory_management: 'shopify', requires_shipping: true,
      sku: sku ?? '', weight: 0, weight_unit: 'kg', inventory_item_id: variantId + 1_000_000, inventory_quantity: inventory, old_inventory_quantity: inventory, image_id: null,
      admin_graphql_api_id: gid('ProductVariant', variantId),
    };
  });
  const optionName = variants.length === 1 && variants[0]!.option1 === 'Default Title' ? 'Title' : 'Size';
  return {
    id, title: input.title, body_html: input.body_html ?? '', vendor: input.vendor ?? seed.shop.name, product_type: input.product_type ?? '', created_at: createdAt, handle,
    updated_at: createdAt, published_at: input.status === 'active' ? createdAt : null, template_suffix: null, published_scope: 'web', tags: input.tags ?? '',
    status: input.status ?? 'active', admin_graphql_api_id: gid('Product', id), variants,
    options: [{ id: state.nextId++, product_id: id, name: optionName, position: 1, values: variants.map((v) => v.option1) }], images: [], image: null,
  };
}

function buildOrder(state: ShopState, order: (typeof seed.orders)[number]): ShopifyObject {
  const id = 5_901_234_560_000 + order.number;
  const customer = seed.customers[order.customer]!;
  const lineItems = order.lines.map(([product, variant, quantity]) => {
    const p = state.products[product!]!;
    const v = (p.variants as ShopifyObject[])[variant!]!;
    const lineId = state.nextId++;
    return { id: lineId, admin_graphql_api_id: gid('LineItem', lineId), title: p.title, variant_title: v.title, quantity, price: v.price, sku: v.sku, product_id: p.id, variant_id: v.id, fulfillable_quantity: order.fulfillment_status ? 0 : quantity, taxable: true };
  });
  const subtotal = lineItems.reduce((sum, line) => sum + Number(line.price) * line.quantity!, 0);
  const tax = Math.round(subtotal * LIMITS.taxRate * 100) / 100;
  return {
    id, admin_graphql_api_id: gid('Order', id), name: `#${order.number}`, order_number: order.number, number: order.number - 1000, email: customer.email, contact_email: customer.email,
    created_at: order.created_at, updated_at: order.created_at, processed_at: order.created_at, closed_at: null, cancelled_at: order.cancelled_at ?? null, cancel_reason: order.cancelled_at ? 'customer' : null,
    currency: seed.shop.currency, presentment_currency: seed.shop.currency, financial_status: order.financial_status, fulfillment_status: order.fulfillment_status, confirmed: true, test: false,
    subtotal_price: subtotal.toFixed(2), total_tax: tax.toFixed(2), total_price: (subtotal + tax).toFixed(2), total_discounts: '0.00', taxes_included: false,
    customer: { id: customer.id, email: customer.email, first_name: customer.first_name, last_name: customer.last_name, admin_graphql_api_id: gid('Customer', customer.id) },
    line_items: lineItems,
  };
}

/** A fresh, independent copy of the seeded shop (7 products, 4 orders): every runtime and reset starts here. */
export function createShopState(now = Date.now()): ShopState {
  const state: ShopState = { shop: { ...seed.shop }, products: [], orders: [], nextId: 8_012_345_670_001, rest: { level: 0, at: now }, graphql: { available: LIMITS.graphqlMaximum, at: now } };
  seed.products.forEach((product, index) => {
    const createdAt = `2026-0${1 + index}-1${index}T10:0${index}:00-05:00`;
    state.products.push(buildProduct(state, { ...product, variants: product.variants as Array<[string, string, string, number]> }, createdAt));
  });
  state.orders = seed.orders.map((order) => buildOrder(state, order));
  return state;
}
