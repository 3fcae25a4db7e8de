/**
 * Create-then-list for generated providers: an item built from the create endpoint's example and the request's
 * own fields, kept per concrete collection path, and shown in that collection's list and item answers.
 */

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

// Fields that number items; a created item gets the next free value of each the example has.
const COUNTERS = ['id', 'number'];

/** The list a collection answer holds: the answer itself when it is an array, else its only array field. */
export function listIn(body: unknown): unknown[] | null {
  if (Array.isArray(body)) return body;
  if (!isObject(body)) return null;
  const arrays = Object.values(body).filter(Array.isArray);
  return arrays.length === 1 ? arrays[0]! : null;
}

/** The answer with `items` in front of its list (newest first, as most list endpoints sort by default). */
export function withItems(body: unknown, items: readonly unknown[]): unknown {
  if (items.length === 0) return body;
  const newestFirst = [...items].reverse();
  if (Array.isArray(body)) return [...newestFirst, ...body];
  if (!isObject(body)) return body;
  const key = Object.keys(body).find((k) => Array.isArray(body[k]));
  if (!key) return body;
  const copy: Json = { ...body, [key]: [...newestFirst, ...(body[key] as unknown[])] };
  // A count beside the list (total_count, count, total) follows it.
  for (const count of ['total_count', 'count', 'total']) if (typeof copy[count] === 'number') copy[count] = (copy[count] as number) + items.length;
  return copy;
}

function nextValue(field: string, template: unknown, taken: readonly unknown[]): unknown {
  const current = isObject(template) ? template[field] : undefined;
  const numbers = [current, ...taken.map((item) => (isObject(item) ? item[field] : undefined))].filter((v): v is number => typeof v === 'number');
  if (typeof current === 'number') return Math.max(...numbers) + 1;
  if (typeof current === 'string') return `${current}-${taken.length + 1}`;
  return current;
}

/**
 * The item a create answers with: the documented example, with the request's fields where the example has a
 * field of that name and type (or null), and fresh `id` / `number` values.
 */
export function createdItem(template: unknown, request: unknown, taken: readonly unknown[]): unknown {
  if (!isObject(template)) return template;
  const item: Json = structuredClone(template);
  if (isObject(request)) {
    for (const [key, value] of Object.entries(request)) {
      if (!(key in item)) continue;
      const was = item[key];
      if (was === null || typeof was === typeof value) item[key] = value;
    }
  }
  for (const field of COUNTERS) if (field in item) item[field] = nextValue(field, template, taken);
  return item;
}

/** A created item that a path segment names: one whose id, number, name or key reads as that segment. */
export function findItem(items: readonly unknown[], segment: string): unknown {
  return items.find((item) => isObject(item) && ['id', 'number', 'name', 'key', 'slug'].some((field) => item[field] !== undefined && String(item[field]) === segment));
}
