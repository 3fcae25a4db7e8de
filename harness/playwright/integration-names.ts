import type { ProviderDefinition } from '../../mocks/types.ts';

/**
 * The names a user knows an integration by, for the `names-integration` copy rule: the title and its
 * brand word ("QuickBooks Online" -> "QuickBooks Online", "QuickBooks").
 */
export function integrationNames(provider: ProviderDefinition | undefined): string[] {
  if (!provider) return [];
  const brand = provider.title.split(/\s+/)[0] ?? provider.title;
  return [...new Set([provider.title, brand, ...(provider.aliases ?? [])])];
}
