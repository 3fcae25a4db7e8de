import { randomBytes } from 'node:crypto';
import { renderDialect, type DialectVars } from '../dialect.ts';
import { EFFECT_HEADER, type Effect } from '../effect.ts';
import { parseDialect } from '../schema.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/** Zoom's error dialect, keyed by failure kind (checked on load). */
export const zoomDialect = parseDialect(dialectJson, 'mocks/zoom/dialect.json');

const JSON_TYPE = 'application/json;charset=UTF-8';

/**
 * Send-time placeholder values: `requestId` as Zoom's `x-zm-trackingid`, and `dailyReset`, the ISO time (UTC
 * midnight) that Zoom's daily rate limit sends as `Retry-After`.
 */
export function zoomVars(): DialectVars {
  const now = new Date();
  const reset = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  const dailyReset = reset.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return { time: now.toISOString(), timeMs: now.getTime(), requestId: `v=2.0;clid=us05;rid=WEB_${randomBytes(16).toString('hex')}`, dailyReset };
}

/** An error thrown by handler code and answered as Zoom's `{ code, message }` (with `errors` for validation). */
export class ZoomFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    /** Field-level problems of a code 300 validation failure. */
    readonly errors?: Array<{ field: string; message: string }>,
  ) {
    super(message);
  }

  /** A 300 Validation Failed naming each bad field. */
  static invalid(...fields: string[]): ZoomFailure {
    return new ZoomFailure(400, 300, 'Validation Failed.', fields.map((field) => ({ field, message: 'Invalid field.' })));
  }

  /** Zoom's JSON answer for this failure. */
  toResponse(): Response {
    const body = { code: this.code, message: this.message, ...(this.errors ? { errors: this.errors } : {}) };
    return new Response(JSON.stringify(body), { status: this.status, headers: { 'Content-Type': JSON_TYPE, 'x-zm-trackingid': String(zoomVars().requestId) } });
  }
}

/** A dialect entry (`auth-revoked`, `not-found`...) as Zoom sends it right now. */
export function zoomDialectResponse(kind: string, vars: DialectVars = {}): Response {
  const entry = zoomDialect[kind];
  if (!entry) throw new Error(`brownout: mocks/zoom/dialect.json has no "${kind}" entry`);
  return renderDialect(entry, { vars: { ...zoomVars(), ...vars } });
}

/** A successful Zoom answer: JSON with Zoom's content type and tracking id, or an empty 204. */
export function zoomJson(payload: unknown, status = 200, effect?: Effect): Response {
  const headers: Record<string, string> = { 'x-zm-trackingid': String(zoomVars().requestId) };
  if (effect) headers[EFFECT_HEADER] = effect;
  if (status === 204) return new Response(null, { status, headers });
  headers['Content-Type'] = JSON_TYPE;
  return new Response(JSON.stringify(payload), { status, headers });
}
