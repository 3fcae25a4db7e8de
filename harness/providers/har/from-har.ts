import { relative } from 'node:path';
import type { EndpointDef } from '../../../mocks/types.ts';
import { CATALOGUE_METHODS, catalogueEntry } from '../catalogue-entry.ts';
import { linkCollections } from '../collections.ts';
import { pathFilter, type GenerateOptions } from '../dialect-overrides.ts';
import type { EndpointData, GeneratedProvider, StoredResponse } from '../format.ts';
import { ProviderSourceError } from '../source-error.ts';
import { bodyOf, harDialect } from './har-dialect.ts';
import { readHar, type HarExchange } from './read-har.ts';
import { templatePath } from './template-path.ts';

// Headers a replayed answer does not repeat: the transport's own, and cookies.
const DROPPED = /^(content-length|content-encoding|transfer-encoding|connection|keep-alive|date|set-cookie|server|via|alt-svc|strict-transport-security)$/;

function stored(e: HarExchange): StoredResponse {
  const headers = Object.fromEntries(Object.entries(e.headers).filter(([name]) => !DROPPED.test(name)));
  return { status: e.status, ...(Object.keys(headers).length > 0 ? { headers } : {}), body: bodyOf(e) };
}

/**
 * A provider from recorded traffic: one endpoint per distinct method + templated path of the HAR's main host,
 * its successful answers replayed in order (an endpoint only ever seen failing replays its failures), and the
 * error answers seen as the dialect.
 * @example providerFromHar('github.har', { name: 'github', command: 'brownout provider new github --from-har github.har' })
 */
export async function providerFromHar(file: string, options: GenerateOptions): Promise<GeneratedProvider> {
  const shown = relative(process.cwd(), file) || file;
  const all = readHar(file);
  const hostCounts = new Map<string, number>();
  for (const e of all) hostCounts.set(e.url.host, (hostCounts.get(e.url.host) ?? 0) + 1);
  const [host] = [...hostCounts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  const keep = pathFilter(options.only);
  const exchanges = all.filter((e) => e.url.host === host && CATALOGUE_METHODS.has(e.method) && keep(templatePath(e.url.pathname)));
  if (exchanges.length === 0) throw new ProviderSourceError(`no entry of ${shown} on ${host} matches --only ${options.only?.join(', ')}; give globs over the recorded paths.`);
  const groups = new Map<string, HarExchange[]>();
  for (const e of exchanges) {
    const id = `${e.method} ${templatePath(e.url.pathname)}`;
    groups.set(id, [...(groups.get(id) ?? []), e]);
  }
  const catalogue: EndpointDef[] = [];
  const endpoints: Record<string, EndpointData> = {};
  for (const [id, seen] of groups) {
    const [method, path] = [seen[0]!.method, id.slice(id.indexOf(' ') + 1)];
    const ok = seen.filter((e) => e.status < 400);
    catalogue.push(catalogueEntry(method, path, `Recorded ${seen.length} call(s), e.g. ${method} ${seen[0]!.url.pathname}`));
    endpoints[id] = { responses: (ok.length > 0 ? ok : seen).map(stored) };
  }
  linkCollections(catalogue, endpoints);
  const { dialect, generic } = harDialect(exchanges, shown);
  const warnings: string[] = [];
  const otherHosts = [...hostCounts.keys()].filter((h) => h !== host);
  if (otherHosts.length > 0) warnings.push(`kept the calls to ${host} (the most recorded host); skipped ${all.length - exchanges.length} call(s), to ${otherHosts.join(', ')}`);
  const fallback = generic.filter((kind) => !(kind in (options.dialect ?? {})));
  if (fallback.length > 0) warnings.push(`the HAR holds no answer for ${fallback.join(', ')}: generic fallbacks used (marked [generic] in dialect.json); record them or give them with --dialect`);
  return {
    meta: { name: options.name, title: options.title ?? options.name, category: options.category ?? 'Other', hosts: [host.replace(/:\d+$/, '')], generatedFrom: { kind: 'har', file: shown, command: options.command } },
    catalogue,
    dialect: { ...dialect, ...options.dialect },
    endpoints,
    warnings,
  };
}
