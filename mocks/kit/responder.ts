/**
 * One responder for every provider: its dialect (checked on load), its send-time placeholder values, and its
 * JSON answers with the provider's content type and the headers it puts on every answer. A provider's handlers
 * answer through it; only what is truly the provider's own (an error envelope, a usage header) stays in its folder.
 */
import type { Dialect } from '../types.ts';
import { parseDialect } from '../schema.ts';
import { renderDialect, sendTimeVars, type DialectVars, type RenderOptions } from './dialect.ts';
import { EFFECT_HEADER, type Effect } from './effect.ts';

/** How a provider answers, as data and two small functions. */
export interface ResponderSpec {
  /** The provider's folder under mocks/, e.g. `quickbooks` (names its dialect.json in errors). */
  name: string;
  /** Its `dialect.json`, parsed (checked here, once). */
  dialect: unknown;
  /** Where that dialect lives, for messages (default `mocks/<name>/dialect.json`; a custom provider names its own). */
  dialectFile?: string;
  /** Content type of its JSON answers, e.g. `application/json;charset=UTF-8`. */
  contentType: string;
  /** Send-time placeholder values (`time`, `requestId`... in the provider's own formats); default `sendTimeVars`. */
  vars?: () => DialectVars;
  /** Headers every JSON answer carries, from that answer's vars (e.g. a request id). */
  headers?: (vars: DialectVars) => Record<string, string>;
  /** Headers every dialect answer carries besides the entry's own (e.g. Slack's errors, HTTP 200, changed nothing). */
  dialectHeaders?: Record<string, string>;
}

/** Overrides for one JSON answer. */
export interface JsonOptions {
  /** Default 200; 204 sends no body. */
  status?: number;
  /** Whether a mutation changed state (the runtime reads it; the bridge strips it). */
  effect?: Effect;
  /** Headers beside (or replacing) the provider's own. */
  headers?: Record<string, string>;
  /** The vars the provider's headers are made from, when the caller needs them too (default fresh ones). */
  vars?: DialectVars;
}

/** A provider's way of answering. */
export interface Responder {
  /** Its dialect, keyed by failure kind. */
  readonly dialect: Dialect;
  /** Fresh send-time placeholder values. */
  vars(): DialectVars;
  /**
   * A dialect entry (`auth-revoked`, `not-found`, `validation`...) as the provider sends it right now.
   * @example quickbooks.fromDialect('not-found', { id: '42' })
   */
  fromDialect(kind: string, vars?: DialectVars, options?: Omit<RenderOptions, 'vars'>): Response;
  /**
   * A JSON answer with the provider's content type and headers; status 204 sends no body.
   * @example zoom.json({ id: 1 }, { status: 201, effect: 'applied' })
   */
  json(payload: unknown, options?: JsonOptions): Response;
}

/** The responder of one provider. */
export function createResponder(spec: ResponderSpec): Responder {
  const file = spec.dialectFile ?? `mocks/${spec.name}/dialect.json`;
  const dialect = parseDialect(spec.dialect, file);
  const vars = spec.vars ?? (() => sendTimeVars());
  return {
    dialect,
    vars,
    fromDialect(kind, extra = {}, options = {}) {
      const entry = Object.hasOwn(dialect, kind) ? dialect[kind] : undefined;
      if (!entry) throw new Error(`brownout: ${file} has no "${kind}" entry`);
      return renderDialect(entry, { ...options, headers: { ...spec.dialectHeaders, ...options.headers }, vars: { ...vars(), ...extra } });
    },
    json(payload, options = {}) {
      const status = options.status ?? 200;
      const headers: Record<string, string> = { ...spec.headers?.(options.vars ?? vars()), ...options.headers };
      if (options.effect) headers[EFFECT_HEADER] = options.effect;
      if (status === 204) return new Response(null, { status, headers });
      return new Response(JSON.stringify(payload), { status, headers: { 'Content-Type': spec.contentType, ...headers } });
    },
  };
}
