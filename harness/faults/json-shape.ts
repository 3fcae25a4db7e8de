/** Shape changes on a parsed JSON body, by field path, for `breaking-change`. */

/** JSON types a field can be turned into. */
export const JSON_TYPES = ['string', 'number', 'boolean', 'null', 'array', 'object'] as const;
/** One of `JSON_TYPES`. */
export type JsonType = (typeof JSON_TYPES)[number];

type Visit = (holder: Record<string, unknown>, key: string) => void;

/**
 * Calls `visit` on every object holding the field at `path` (dots between names, a number picks an array
 * item; arrays on the way are walked item by item, so `QueryResponse.Vendor.DisplayName` reaches every
 * vendor). Returns how many fields were visited.
 */
export function visitPath(root: unknown, path: string, visit: Visit): number {
  const names = path.split('.');
  let count = 0;
  const walk = (node: unknown, i: number): void => {
    if (Array.isArray(node) && !/^\d+$/.test(names[i]!)) {
      for (const item of node) walk(item, i);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const name = names[i]!;
    if (!(name in record)) return;
    if (i === names.length - 1) {
      visit(record, name);
      count++;
    } else walk(record[name], i + 1);
  };
  walk(root, 0);
  return count;
}

/** A value converted to another JSON type, the way a provider's new version might serialise it. */
export function retype(value: unknown, type: JsonType): unknown {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : JSON.stringify(value);
    case 'number': {
      const n = Number(typeof value === 'object' && value !== null ? NaN : value);
      return Number.isFinite(n) ? n : 0;
    }
    case 'boolean':
      return Boolean(value);
    case 'null':
      return null;
    case 'array':
      return Array.isArray(value) ? value : [value];
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : { value };
  }
}

const words = (key: string): string[] =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());

/** Key naming conventions `silent` can switch to. */
export const KEY_STYLES = ['snake_case', 'camelCase', 'PascalCase'] as const;
/** One of `KEY_STYLES`. */
export type KeyStyle = (typeof KEY_STYLES)[number];

/** A key in another naming convention (`DisplayName` -> `display_name`). */
export function recaseKey(key: string, style: KeyStyle): string {
  const parts = words(key);
  if (parts.length === 0) return key;
  if (style === 'snake_case') return parts.join('_');
  const capital = parts.map((w) => w[0]!.toUpperCase() + w.slice(1));
  return style === 'PascalCase' ? capital.join('') : parts[0]! + capital.slice(1).join('');
}

/** Every key of every object in `value` renamed to `style`; returns the copy and how many keys changed. */
export function recaseKeys(value: unknown, style: KeyStyle): { value: unknown; changed: number } {
  let changed = 0;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(
      Object.entries(node).map(([key, item]) => {
        const next = recaseKey(key, style);
        if (next !== key) changed++;
        return [next, walk(item)];
      }),
    );
  };
  return { value: walk(value), changed };
}
