import type { Dialect, DialectResponse } from '../../../mocks/types.ts';
import { DIALECT_KINDS, fillErrorFields, genericEntry } from '../generic-dialect.ts';
import { exampleOf, pickMedia } from './examples.ts';
import type { OpenApiDocument } from './read-document.ts';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

/** One error response an operation declares. */
interface Declared {
  status: number;
  description: string;
  response: Obj;
  /** Header names it declares, lower-case. */
  headers: string[];
}

// Statuses that can say each kind, best first; a 403 says rate-limit only when it declares rate-limit headers.
const CANDIDATES: Record<string, number[]> = {
  outage: [503, 500, 502, 504],
  maintenance: [503],
  'rate-limit': [429, 403],
  'auth-revoked': [401],
  forbidden: [403],
  'not-found': [404],
  validation: [422, 400],
  deprecated: [410],
  'version-gone': [410],
};
const RATE_HEADERS = /^(retry-after|x-ratelimit-|ratelimit)/;

function declarations(doc: OpenApiDocument): Declared[] {
  const found: Declared[] = [];
  for (const item of Object.values(doc.paths)) {
    if (!isObject(item)) continue;
    for (const op of Object.values(item)) {
      if (!isObject(op) || !isObject(op.responses)) continue;
      for (const [code, response] of Object.entries(op.responses)) {
        const status = /^[45]\d\d$/.test(code) ? Number(code) : /^[45]XX$/i.test(code) ? Number(code[0]) * 100 : 0;
        if (!status || !isObject(response)) continue;
        const headers = isObject(response.headers) ? Object.keys(response.headers).map((h) => h.toLowerCase()) : [];
        found.push({ status, description: typeof response.description === 'string' ? response.description : '', response, headers });
      }
    }
  }
  return found;
}

/** The declaration most operations share for a status (by description and body shape). */
function mostCommon(list: Declared[]): Declared | undefined {
  const counts = new Map<string, { count: number; first: Declared }>();
  for (const d of list) {
    const media = pickMedia(d.response.content);
    const key = `${d.description}|${Object.keys((media?.schema?.properties as Obj | undefined) ?? {}).join(',')}|${d.headers.join(',')}`;
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { count: 1, first: d });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]?.first;
}

function headerValue(response: Obj, name: string): string | undefined {
  const headers = isObject(response.headers) ? response.headers : {};
  const key = Object.keys(headers).find((h) => h.toLowerCase() === name);
  const header = key ? (headers[key] as Obj) : undefined;
  const value = header?.example ?? (header?.schema as Obj | undefined)?.example ?? (header?.schema as Obj | undefined)?.default;
  return value === undefined ? undefined : String(value);
}

function entryFrom(kind: string, d: Declared, doc: OpenApiDocument, where: string, docsUrl: string): DialectResponse {
  const media = pickMedia(d.response.content);
  const example = exampleOf(media, doc);
  const message = d.description || DIALECT_KINDS[kind]!.message;
  const body = example ? (example.sampled ? fillErrorFields(example.body, message, d.status, docsUrl, kind) : example.body) : { error: message };
  const headers: Record<string, string> = { 'Content-Type': media?.type && /json/i.test(media.type) ? `${media.type}; charset=utf-8` : media?.type ?? 'application/json; charset=utf-8' };
  for (const name of d.headers.filter((h) => RATE_HEADERS.test(h))) headers[name] = headerValue(d.response, name) ?? (name === 'retry-after' ? '60' : name.endsWith('remaining') ? '0' : '{{resetAtS}}');
  const retry = DIALECT_KINDS[kind]!.retryAfterS;
  const addedRetry = retry !== undefined && !d.headers.includes('retry-after');
  if (addedRetry) headers['Retry-After'] = String(retry);
  const provenance = example && !example.sampled ? "the document's example" : example ? `sampled from the declared schema, message from its description "${message}"` : 'no schema or example: a generic body';
  return {
    status: d.status,
    headers,
    body,
    notes: `From ${where} (declared HTTP ${d.status} "${d.description}"): body ${provenance}.${addedRetry ? ` [generic] The document declares no Retry-After here; brownout adds ${retry} s.` : ''}${example?.sampled ? ' [U] Sampled values.' : ''}`,
  };
}

/**
 * A dialect from the document's own declared 4xx/5xx answers (their examples, or samples of their schemas, and
 * the Retry-After / rate-limit headers they declare); each kind it declares nothing for gets the generic
 * fallback in the document's most common error shape, marked `[generic]`. Returns the kinds that fell back.
 */
export function inferDialect(doc: OpenApiDocument, file: string): { dialect: Dialect; generic: string[] } {
  const all = declarations(doc);
  const docsUrl = String((doc.externalDocs as Obj | undefined)?.url ?? '');
  const shapeSource = mostCommon(all.filter((d) => pickMedia(d.response.content)));
  const shapeMedia = shapeSource ? pickMedia(shapeSource.response.content) : null;
  const shapeExample = exampleOf(shapeMedia, doc);
  const shape = shapeExample && shapeMedia ? { body: shapeExample.body, contentType: /json/i.test(shapeMedia.type) ? `${shapeMedia.type}; charset=utf-8` : shapeMedia.type, docsUrl } : undefined;
  const dialect: Dialect = {};
  const generic: string[] = [];
  for (const kind of Object.keys(DIALECT_KINDS)) {
    let chosen: Declared | undefined;
    for (const status of CANDIDATES[kind]!) {
      const list = all.filter((d) => d.status === status && (kind !== 'rate-limit' || status === 429 || d.headers.some((h) => RATE_HEADERS.test(h))));
      if (kind === 'maintenance' && !list.some((d) => d.headers.includes('retry-after'))) continue;
      chosen = mostCommon(kind === 'maintenance' ? list.filter((d) => d.headers.includes('retry-after')) : list);
      if (chosen) break;
    }
    if (chosen) dialect[kind] = entryFrom(kind, chosen, doc, file, docsUrl);
    else {
      // Maintenance is an outage with a Retry-After: the document's outage answer, when it has one, says it.
      const outage = kind === 'maintenance' ? all.find((d) => d.status === 503) : undefined;
      if (outage) dialect[kind] = entryFrom(kind, outage, doc, file, docsUrl);
      else {
        dialect[kind] = genericEntry(kind, file, shape && { ...shape, body: structuredClone(shape.body) });
        generic.push(kind);
      }
    }
  }
  return { dialect, generic };
}
