/** The inventory as a person reads it (API calls grouped by the case study's categories, TBD calls flagged) and as the audit records it. */
import type { ProviderDefinition } from '../../mocks/types.ts';
import type { Inventory } from './inventory.ts';
import type { TbdCall } from './sweep.ts';
import { ownValue } from '../own.ts';

/** Lines like `ERP  QuickBooks Online  GET /v3/company/{realmId}/query  (quickbooks.create-expense)`. */
export function describeInventory(inventory: Inventory, tbd: readonly TbdCall[], providers: Record<string, ProviderDefinition>): string {
  const isTbd = new Set(tbd.map((c) => `${c.flow} ${c.provider} ${c.endpoint}`));
  const byCategory = new Map<string, string[]>();
  for (const call of inventory.calls) {
    const provider = ownValue(providers, call.provider);
    const category = provider?.category ?? 'Other';
    const mark = isTbd.has(`${call.flow} ${call.provider} ${call.endpoint}`) ? '  [TBD: no context declared]' : '';
    const line = `    ${provider?.title ?? call.provider}  ${call.endpoint}  (${call.flow}${call.calls > 1 ? `, ${call.calls} calls` : ''})${mark}`;
    byCategory.set(category, [...(byCategory.get(category) ?? []), line]);
  }
  const lines = [...byCategory.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(([category, calls]) => [`  ${category}`, ...calls]);
  for (const f of inventory.failed) lines.push(`  NOT INVENTORIED: ${f.flow} failed with healthy mocks, so none of its calls is drilled: ${f.error}`);
  if (inventory.idle.length) lines.push(`  flows that called no provider: ${inventory.idle.join(', ')}`);
  if (inventory.unmatched.length) lines.push(`  requests no catalogue entry matched (add them to the provider's catalogue): ${inventory.unmatched.join('; ')}`);
  return lines.join('\n');
}

/**
 * The audit's `inventory.json`: the inventory, its TBD calls and the matrix's kinds, each call and TBD call
 * carrying its provider's title and category, so the reports name providers (custom ones too) from the file alone.
 */
export function inventoryRecord(inventory: Inventory, tbd: readonly TbdCall[], matrix: readonly string[], providers: Record<string, ProviderDefinition>) {
  const named = <T extends { provider: string }>(call: T) => {
    const provider = ownValue(providers, call.provider);
    return provider ? { ...call, providerTitle: provider.title, providerCategory: provider.category } : call;
  };
  return { ...inventory, calls: inventory.calls.map(named), tbd: tbd.map(named), matrix };
}
