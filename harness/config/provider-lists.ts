import type { BrownoutConfig } from './schema.ts';

/**
 * Checks the provider lists of a config's `providers` section that must name providers the product calls
 * (`strictAuth`, `ports`: one port per provider). One check for the full config and the providers-only one
 * (`brownout mocks --config`), so `validate` and `mocks` refuse the same typo at the same key.
 */
export function checkProviderLists(config: BrownoutConfig['providers'], problem: (path: PropertyKey[], message: string) => void): void {
  const notInUse = (slug: string, fix: string) => `"${slug}" is not in providers.use (${config.use.join(', ')}); add it there or ${fix}`;
  for (const [i, slug] of (Array.isArray(config.strictAuth) ? config.strictAuth : []).entries()) {
    if (!config.use.includes(slug)) problem(['providers', 'strictAuth', i], notInUse(slug, 'remove it here'));
  }
  const taken = new Map<number, string>();
  for (const [slug, port] of Object.entries(config.ports)) {
    if (!config.use.includes(slug)) problem(['providers', 'ports', slug], notInUse(slug, 'remove its port'));
    else if (taken.has(port)) problem(['providers', 'ports', slug], `port ${port} is already ${taken.get(port)}'s; give each provider its own port`);
    taken.set(port, slug);
  }
}
