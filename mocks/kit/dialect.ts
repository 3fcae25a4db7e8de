import { randomUUID } from 'node:crypto';
import type { DialectResponse, ProviderDefinition } from '../types.ts';

/** Values a dialect entry's `{{placeholders}}` can take. */
export type DialectVars = Record<string, string | number>;

/** Overrides for one rendering of a dialect entry. */
export interface RenderOptions {
  /** HTTP status instead of the entry's own. */
  status?: number;
  /** Headers added to (or replacing) the entry's own; names compare case-insensitively. */
  headers?: Record<string, string>;
  /** Placeholder values; win over send-time defaults and the entry's `vars`. */
  vars?: DialectVars;
}

const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*\}\}/g;
const WHOLE_PLACEHOLDER = /^\{\{\s*([\w.-]+)\s*\}\}$/;

/** Placeholder values any provider can use: `time` (ISO-8601), `timeMs` (ms since epoch), `requestId` (UUID). */
export function sendTimeVars(now = new Date()): DialectVars {
  return { time: now.toISOString(), timeMs: now.getTime(), requestId: randomUUID() };
}

/**
 * Fills `{{name}}` placeholders in every string of a JSON value. A string that is exactly one placeholder takes
 * the value's own type (so `"{{timeMs}}"` becomes a number); unknown placeholders are left as written.
 */
export function fillPlaceholders(value: unknown, vars: DialectVars): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE_PLACEHOLDER.exec(value);
    if (whole && whole[1]! in vars) return vars[whole[1]!];
    return value.replace(PLACEHOLDER, (text, name: string) => (name in vars ? String(vars[name]) : text));
  }
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, vars));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, vars)]));
  }
  return value;
}

/** Renders a dialect entry as a Fetch Response: placeholders filled, JSON bodies serialised with a JSON type. */
export function renderDialect(entry: DialectResponse, options: RenderOptions = {}): Response {
  const vars: DialectVars = { ...sendTimeVars(), ...entry.vars, ...options.vars };
  const headers = new Headers();
  for (const [name, value] of Object.entries({ ...entry.headers, ...options.headers })) {
    headers.set(name, String(fillPlaceholders(value, vars)));
  }
  const body = fillPlaceholders(entry.body, vars);
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  if (!headers.has('content-type')) headers.set('content-type', typeof body === 'string' ? 'text/plain' : 'application/json');
  return new Response(text, { status: options.status ?? entry.status, headers });
}

/**
 * A provider's own words for a failure kind, with its send-time placeholder values.
 * @example dialectResponse(quickbooks, 'rate-limit', { headers: { 'Retry-After': '30' } })
 */
export function dialectResponse(provider: ProviderDefinition, kind: string, options: RenderOptions = {}): Response {
  const entry = Object.hasOwn(provider.dialect, kind) ? provider.dialect[kind] : undefined;
  if (!entry) {
    const known = Object.keys(provider.dialect).sort().join(', ');
    throw new Error(`brownout: provider "${provider.name}" has no dialect entry "${kind}"; it has: ${known}. Add "${kind}" to mocks/${provider.name}/dialect.json.`);
  }
  return renderDialect(entry, { ...options, vars: { ...provider.dialectVars?.(), ...options.vars } });
}
