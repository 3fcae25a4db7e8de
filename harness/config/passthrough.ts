import type { RoutableProvider } from './providers.ts';
import type { BrownoutConfig } from './schema.ts';

/**
 * Applies a config's `providers.passthrough` to its provider definitions (a copy of each one named); reports
 * a slug that is not in `use` through `problem(slug, message)`.
 */
export function applyPassthrough(
  definitions: Record<string, RoutableProvider>,
  config: BrownoutConfig['providers'],
  problem: (slug: string, message: string) => void,
): void {
  for (const [slug, target] of Object.entries(config.passthrough)) {
    if (!config.use.includes(slug) || !definitions[slug]) {
      problem(slug, `"${slug}" is not in providers.use (${config.use.join(', ')}); pass-through applies to a provider the product calls. Add it there or remove it here`);
      continue;
    }
    definitions[slug] = { ...definitions[slug], passthrough: typeof target === 'string' ? { url: target, calls: 'unmatched' } : target };
  }
}
