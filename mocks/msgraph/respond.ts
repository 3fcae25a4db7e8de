import { randomUUID } from 'node:crypto';
import { renderDialect, type DialectVars } from '../dialect.ts';
import { EFFECT_HEADER, type Effect } from '../effect.ts';
import { parseDialect } from '../schema.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/** Microsoft Graph's error dialect, keyed by failure kind (checked on load). */
export const msgraphDialect = parseDialect(dialectJson, 'mocks/msgraph/dialect.json');

/** Content type of Graph's successful JSON answers (OData minimal metadata). */
export const ODATA_JSON = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

/** Where Graph's `@odata.context` URLs point (the real service, whatever host served the request). */
export const METADATA = 'https://graph.microsoft.com/v1.0/$metadata';

/**
 * Send-time placeholder values: `graphDate` as Graph writes `innerError.date` (UTC, no fraction, no zone),
 * `requestId` as a GUID (also used as `client-request-id` when the client sent none, as Graph does).
 */
export function msgraphVars(): DialectVars {
  const now = new Date();
  const requestId = randomUUID();
  return { time: now.toISOString(), timeMs: now.getTime(), requestId, clientRequestId: requestId, graphDate: now.toISOString().slice(0, 19) };
}

/** The request's `client-request-id` when it sent one (Graph echoes it), as a dialect var. */
function clientVars(request?: Request): DialectVars {
  const vars = msgraphVars();
  const client = request?.headers.get('client-request-id');
  return client ? { ...vars, clientRequestId: client } : vars;
}

/** An error thrown by handler code and answered in Graph's `{ error: { code, message, innerError } }` envelope. */
export class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra response headers (e.g. WWW-Authenticate on a 401). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** Graph's error response for this failure, echoing the request's client-request-id. */
  toResponse(request?: Request): Response {
    return renderDialect(msgraphDialect.validation!, { status: this.status, headers: this.headers, vars: { ...clientVars(request), code: this.code, message: this.message } });
  }
}

/** A dialect entry (`auth-revoked`, `not-found`...) as Graph sends it right now. */
export function graphDialectResponse(kind: string, vars: DialectVars = {}, request?: Request): Response {
  const entry = msgraphDialect[kind];
  if (!entry) throw new Error(`brownout: mocks/msgraph/dialect.json has no "${kind}" entry`);
  return renderDialect(entry, { vars: { ...clientVars(request), ...vars } });
}

/** A successful Graph JSON answer with OData content type and Graph's request-id headers. */
export function graphJson(request: Request, payload: unknown, status = 200, effect?: Effect): Response {
  const vars = clientVars(request);
  const headers: Record<string, string> = { 'Content-Type': ODATA_JSON, 'request-id': String(vars.requestId), 'client-request-id': String(vars.clientRequestId) };
  if (effect) headers[EFFECT_HEADER] = effect;
  return new Response(JSON.stringify(payload), { status, headers });
}
