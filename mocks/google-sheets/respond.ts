import { renderDialect, type DialectVars } from '../dialect.ts';
import { EFFECT_HEADER, type Effect } from '../effect.ts';
import { parseDialect } from '../schema.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/** Google's error dialect (Sheets' AIP-193 envelope), keyed by failure kind (checked on load). */
export const googleSheetsDialect = parseDialect(dialectJson, 'mocks/google-sheets/dialect.json');

const JSON_TYPE = 'application/json; charset=UTF-8';

/** A dialect entry as Google sends it. */
export function googleDialect(kind: string, vars: DialectVars = {}): Response {
  const entry = googleSheetsDialect[kind];
  if (!entry) throw new Error(`brownout: mocks/google-sheets/dialect.json has no "${kind}" entry`);
  return renderDialect(entry, { vars });
}

/** An error thrown by handler code and answered in Google's envelope (Drive adds the legacy `errors` array). */
export class GoogleFault extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
    /** Drive's legacy per-error entries (`reason`, `location`...); Sheets sends none. */
    readonly errors?: Array<Record<string, string>>,
  ) {
    super(message);
  }

  toResponse(): Response {
    const error = { code: this.code, message: this.message, ...(this.errors ? { errors: this.errors.map((e) => ({ message: this.message, domain: 'global', ...e })) } : {}), status: this.status };
    return new Response(JSON.stringify({ error }), { status: this.code, headers: { 'Content-Type': JSON_TYPE } });
  }
}

/** A successful Google JSON answer. */
export function googleJson(payload: unknown, effect?: Effect): Response {
  const headers: Record<string, string> = { 'Content-Type': JSON_TYPE };
  if (effect) headers[EFFECT_HEADER] = effect;
  return new Response(JSON.stringify(payload), { status: 200, headers });
}

/** The 401 Google sends without any credential (reason CREDENTIALS_MISSING). */
export function credentialsMissing(service: string): Response {
  const message = 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.';
  const details = [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'CREDENTIALS_MISSING', domain: 'googleapis.com', metadata: { service } }];
  return new Response(JSON.stringify({ error: { code: 401, message, status: 'UNAUTHENTICATED', details } }), { status: 401, headers: { 'Content-Type': JSON_TYPE } });
}
