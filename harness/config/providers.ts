import { builtinProviders } from '../../mocks/index.ts';
import type { ProviderDefinition } from '../../mocks/types.ts';
import { importUserModule } from '../input/import-module.ts';

/** A provider definition; its `hosts` are the real hosts it is reached at (every built-in names its own). */
export type RoutableProvider = ProviderDefinition;

/** Whether a module export is a provider definition (the shape of mocks/quickbooks/index.ts). */
export function isProviderDefinition(value: unknown): value is RoutableProvider {
  const v = value as Partial<ProviderDefinition> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && Array.isArray(v.catalogue)
    && typeof v.dialect === 'object' && typeof v.createHandlers === 'function';
}

/** The real hosts of a provider: its own `hosts`, else none. */
export function hostsOf(provider: RoutableProvider): string[] {
  return provider.hosts ?? [];
}

/**
 * Imports a custom provider module (a folder's index.ts, like mocks/quickbooks) and returns the provider
 * definition it exports (default or named), or a sentence saying what is wrong with it.
 */
export async function importProvider(file: string): Promise<RoutableProvider | string> {
  let module: Record<string, unknown>;
  try {
    module = await importUserModule(file);
  } catch (error) {
    return `cannot load the provider module ${file}: ${(error as Error).message.split('\n')[0]}`;
  }
  const found = Object.values(module).filter(isProviderDefinition);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) {
    return `${file} exports no provider definition (an object with name, title, category, catalogue, dialect, createHandlers(), as in mocks/quickbooks/index.ts)`;
  }
  return `${file} exports ${found.length} provider definitions (${found.map((p) => p.name).join(', ')}); export one per module`;
}

/** Built-in providers by slug, each with its real hosts. */
export function builtinDefinitions(): Record<string, RoutableProvider> {
  return { ...builtinProviders };
}
