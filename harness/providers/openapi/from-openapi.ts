import { relative } from 'node:path';
import type { GeneratedProvider } from '../format.ts';
import { pathFilter, type GenerateOptions } from '../dialect-overrides.ts';
import { inferDialect } from './dialect.ts';
import { readOperations, serverOf } from './operations.ts';
import { ProviderSourceError } from '../source-error.ts';
import { readOpenApi } from './read-document.ts';

/**
 * A provider from an OpenAPI 3 document: the catalogue and happy-path answers from its operations, the dialect
 * from its declared error answers (generic fallbacks marked), create-then-list where its paths make it inferable.
 * @example await providerFromOpenApi('openapi.json', { name: 'github', command: 'brownout provider new github ...' })
 */
export async function providerFromOpenApi(file: string, options: GenerateOptions): Promise<GeneratedProvider> {
  const doc = await readOpenApi(file);
  const shown = relative(process.cwd(), file) || file;
  const { hosts, basePath } = serverOf(doc);
  const keep = pathFilter(options.only);
  const paths = Object.fromEntries(Object.entries(doc.paths).filter(([template]) => keep(template)));
  if (options.only && Object.keys(paths).length === 0) {
    throw new ProviderSourceError(`no path template of ${shown} matches --only ${options.only!.join(', ')}; give globs over the document's paths, e.g. "/repos/{owner}/{repo}/issues*".`);
  }
  const operations = readOperations({ ...doc, paths }, shown, basePath);
  // The dialect reads every declared error, also of operations --only leaves out: they are the same provider.
  const { dialect, generic } = inferDialect(doc, shown);
  const overridden = Object.keys(options.dialect ?? {});
  const info = (doc.info ?? {}) as { title?: unknown };
  const warnings = [...operations.warnings];
  const fallback = generic.filter((kind) => !overridden.includes(kind));
  if (fallback.length > 0) warnings.push(`the document declares no answer for ${fallback.join(', ')}: generic fallbacks used (marked [generic] in dialect.json); give the vendor's real ones with --dialect`);
  if (basePath) warnings.push(`the server URL has the base path ${basePath}: endpoint ids and paths start with it (e.g. ${operations.catalogue[0]!.endpoint})`);
  return {
    meta: {
      name: options.name,
      title: options.title ?? (typeof info.title === 'string' && info.title.trim() ? info.title.trim() : options.name),
      category: options.category ?? 'Other',
      hosts,
      generatedFrom: { kind: 'openapi', file: shown, command: options.command },
    },
    catalogue: operations.catalogue,
    dialect: { ...dialect, ...options.dialect },
    endpoints: operations.endpoints,
    warnings,
  };
}
