import type { Dialect, DialectResponse } from '../../../mocks/types.ts';
import { DIALECT_KINDS, genericEntry } from '../generic-dialect.ts';
import type { HarExchange } from './read-har.ts';

// Response headers a dialect keeps: the type and what throttling clients read.
const KEPT = /^(content-type|retry-after|x-ratelimit-.*|ratelimit.*|www-authenticate)$/;

/** The fault kinds a recorded error answer can say, best first. */
function kindsOf(e: HarExchange): string[] {
  const throttled = 'retry-after' in e.headers || e.headers['x-ratelimit-remaining'] === '0';
  if (e.status === 429 || (e.status === 403 && throttled)) return ['rate-limit'];
  if (e.status === 401) return ['auth-revoked'];
  if (e.status === 403) return ['forbidden'];
  if (e.status === 404) return ['not-found'];
  if (e.status === 400 || e.status === 422) return ['validation'];
  if (e.status === 410) return ['version-gone', 'deprecated'];
  if (e.status === 503 && 'retry-after' in e.headers) return ['maintenance', 'outage'];
  if (e.status >= 500) return ['outage'];
  return [];
}

/** A recorded answer's body: parsed JSON where it is JSON, else its text. */
export function bodyOf(e: HarExchange): unknown {
  if (e.text === null || e.text === '') return null;
  if (/json/i.test(e.mimeType)) {
    try {
      return JSON.parse(e.text) as unknown;
    } catch {
      return e.text;
    }
  }
  return e.text;
}

function entryOf(e: HarExchange, file: string): DialectResponse {
  const headers = Object.fromEntries(Object.entries(e.headers).filter(([name]) => KEPT.test(name)));
  return { status: e.status, headers, body: bodyOf(e), notes: `Recorded: ${file}#/log/entries/${e.index} (${e.method} ${e.url.pathname} answered ${e.status}).` };
}

/**
 * A dialect from the error answers a HAR holds (the first seen per kind); kinds it holds none for get the
 * generic fallback in the first recorded error body's shape, marked `[generic]`. Returns the kinds that fell back.
 */
export function harDialect(exchanges: readonly HarExchange[], file: string): { dialect: Dialect; generic: string[] } {
  const dialect: Dialect = {};
  const errors = exchanges.filter((e) => e.status >= 400);
  for (const e of errors) for (const kind of kindsOf(e)) dialect[kind] ??= entryOf(e, file);
  const shapeFrom = errors.find((e) => /json/i.test(e.mimeType) && typeof bodyOf(e) === 'object');
  const shape = shapeFrom && { body: bodyOf(shapeFrom), contentType: shapeFrom.mimeType, docsUrl: '' };
  const generic: string[] = [];
  for (const kind of Object.keys(DIALECT_KINDS)) {
    if (dialect[kind]) continue;
    dialect[kind] = genericEntry(kind, file, shape && { ...shape, body: structuredClone(shape.body) });
    generic.push(kind);
  }
  return { dialect, generic };
}
