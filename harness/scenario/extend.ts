/**
 * `extends`: a scenario of a multi-scenario file starts from another one of the same file, named by id.
 * Mappings merge key by key (the child wins), anything else (lists, scalars) is replaced; `id` is never
 * inherited. Each value of the result is located where it was written: in the child, else in the nearest
 * ancestor that holds it.
 */
import { showValue } from '../input/describe-schema.ts';
import { MappedLocator, type Locator, type YamlLocator } from './locate.ts';
import { didYouMean, listOrNone } from './suggest.ts';

/** A plain mapping (not a list). */
export const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * `child` over `parent`: nested mappings merge, anything else in `child` replaces.
 * @example mergeOver({ context: { where: 'form' } }, { context: { data: 'stale' } }) // both keys kept
 */
export function mergeOver(parent: Record<string, unknown>, child: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...parent };
  for (const [key, value] of Object.entries(child)) {
    const under = merged[key];
    merged[key] = isRecord(under) && isRecord(value) ? mergeOver(under, value) : value;
  }
  return merged;
}

/** A file's scenario item after `extends`: the merged data, a locator for it, and a problem with its `extends`. */
export interface ExtendedItem {
  data: unknown;
  locator: Locator;
  /** Set when this item's own `extends` names no scenario of the file, or makes a cycle. */
  problem?: { path: PropertyKey[]; message: string };
}

/** Resolves `extends` for every item of a file (items at `bases` in the document). */
export function resolveExtends(items: readonly unknown[], bases: readonly PropertyKey[][], locator: YamlLocator): ExtendedItem[] {
  const byId = new Map<string, number>();
  items.forEach((item, i) => {
    if (isRecord(item) && typeof item.id === 'string' && !byId.has(item.id)) byId.set(item.id, i);
  });
  const ids = [...byId.keys()];
  return items.map((item, i) => {
    if (!isRecord(item) || item.extends === undefined) return { data: item, locator };
    if (typeof item.extends !== 'string') {
      const message = `expected the id of another scenario of the same file, got ${showValue(item.extends)}`;
      return { data: item, locator, problem: { path: [...bases[i]!, 'extends'], message } };
    }
    const chain = [i];
    let problem: ExtendedItem['problem'];
    for (let current = items[i] as Record<string, unknown>; typeof current.extends === 'string'; ) {
      const target = byId.get(current.extends);
      const own = chain.length === 1;
      if (target === undefined) {
        const message = `no scenario "${current.extends}" in this file to extend; extends names another scenario of the same file by id; its ids: ${listOrNone(ids)}${didYouMean(current.extends, ids)}`;
        if (own) problem = { path: [...bases[i]!, 'extends'], message };
        break;
      }
      if (chain.includes(target)) {
        const names = [...chain, target].map((j) => String((items[j] as Record<string, unknown>).id ?? `[${j}]`));
        if (own || target === i) problem ??= { path: [...bases[i]!, 'extends'], message: `extends makes a cycle: ${names.join(' -> ')}; remove one of these extends` };
        break;
      }
      chain.push(target);
      current = items[target] as Record<string, unknown>;
    }
    const ancestors = chain.slice(1).reverse().map((j) => items[j] as Record<string, unknown>);
    const inherited = ancestors.reduce<Record<string, unknown>>((merged, a) => mergeOver(merged, a), {});
    delete inherited.id;
    delete inherited.extends;
    const data = mergeOver(inherited, item);
    const base = bases[i]!;
    const holder = (path: readonly PropertyKey[]): PropertyKey[] => {
      const relative = path.slice(base.length);
      if (relative[0] === 'id' || relative[0] === 'extends' || relative.length === 0) return [...path];
      for (const j of chain) {
        const candidate = [...bases[j]!, ...relative];
        if (locator.nodeAt(candidate)) return candidate;
      }
      return [...path];
    };
    return { data, locator: new MappedLocator(locator, holder), ...(problem ? { problem } : {}) };
  });
}
