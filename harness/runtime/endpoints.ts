import type { EndpointDef } from '../../mocks/types.ts';

/** Finds the catalogue entry of a request: `(method, pathname) -> EndpointDef`, or null when none fits. */
export type EndpointMatcher = (method: string, pathname: string) => EndpointDef | null;

function templateToRegExp(path: string): RegExp {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}/?$`);
}

/**
 * Compiles a provider's catalogue once. Entries with fewer `{params}` win, so a literal segment
 * (`/vendor/{id}`) beats a parameter in the same place.
 * @example compileCatalogue(quickbooks.catalogue)('GET', '/v3/company/123/query')?.endpoint // 'GET /v3/company/{realmId}/query'
 */
export function compileCatalogue(catalogue: readonly EndpointDef[]): EndpointMatcher {
  const compiled = catalogue
    .map((def) => ({ def, test: templateToRegExp(def.path), params: (def.path.match(/\{/g) ?? []).length }))
    .sort((a, b) => a.params - b.params);
  return (method, pathname) => {
    const upper = method.toUpperCase();
    return compiled.find(({ def, test }) => def.method === upper && test.test(pathname))?.def ?? null;
  };
}
