import type { DialectResponse } from '../../mocks/types.ts';

/**
 * The fault kinds that read a dialect, each with the status a provider usually answers it with and the
 * sentence a generic fallback says. Kinds in this order are the dialect's keys.
 */
export const DIALECT_KINDS: Record<string, { status: number; message: string; retryAfterS?: number }> = {
  outage: { status: 503, message: 'Service unavailable' },
  maintenance: { status: 503, message: 'Service unavailable for maintenance', retryAfterS: 60 },
  'rate-limit': { status: 429, message: 'Rate limit exceeded', retryAfterS: 30 },
  'auth-revoked': { status: 401, message: 'Invalid or revoked credentials' },
  forbidden: { status: 403, message: 'Forbidden' },
  'not-found': { status: 404, message: 'Not found' },
  validation: { status: 422, message: 'Validation failed' },
  deprecated: { status: 410, message: 'This endpoint is deprecated' },
  'version-gone': { status: 410, message: 'This API version is no longer available' },
};

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * An error body sampled from a schema (or another kind's body), made to say `kind`: message-like fields say
 * `message`, type-like ones the kind, code-like ones the status, URL-like ones `docsUrl`, and the sampler's
 * "string" placeholders are emptied. Nested objects too.
 */
export function fillErrorFields(body: unknown, message: string, status: number, docsUrl: string, kind: string): unknown {
  if (Array.isArray(body)) return body.map((item) => fillErrorFields(item, message, status, docsUrl, kind));
  if (!isObject(body)) return body === 'string' ? message : body;
  const out: Obj = {};
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'string' && /message|detail|description|title|reason|^error$|error_?description/i.test(key)) out[key] = message;
    else if (typeof value === 'string' && /^(type|kind|error_?type)$/i.test(key)) out[key] = kind;
    else if (/^(status|code|status_?code|error_?code)$/i.test(key) && (typeof value === 'string' || typeof value === 'number')) out[key] = typeof value === 'number' ? status : String(status);
    else if (typeof value === 'string' && /url|href|link/i.test(key)) out[key] = docsUrl;
    else if (value === 'string') out[key] = '';
    else out[key] = fillErrorFields(value, message, status, docsUrl, kind);
  }
  return out;
}

/**
 * brownout's generic answer for a kind the source declares nothing for, marked `[generic]` in its notes:
 * the source's own error body shape (`shape`) when it has one, else `{ "error": <message> }`.
 */
export function genericEntry(kind: string, source: string, shape?: { body: unknown; contentType: string; docsUrl: string }): DialectResponse {
  const { status, message, retryAfterS } = DIALECT_KINDS[kind]!;
  const body = shape ? fillErrorFields(shape.body, message, status, shape.docsUrl, kind) : { error: message };
  return {
    status,
    headers: { 'Content-Type': shape?.contentType ?? 'application/json; charset=utf-8', ...(retryAfterS ? { 'Retry-After': String(retryAfterS) } : {}) },
    body,
    notes: `[generic] ${source} declares no ${kind} answer: brownout's generic fallback (HTTP ${status}${retryAfterS ? `, Retry-After ${retryAfterS} s` : ''}${shape ? ", in the source's most common error body shape" : ''}). [U] Check the vendor's documentation and give the real one with --dialect.`,
  };
}
