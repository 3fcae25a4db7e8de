import { randomUUID } from 'node:crypto';
import type { DialectVars } from '../kit/dialect.ts';
import type { Effect } from '../kit/effect.ts';
import { createResponder } from '../kit/responder.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/** Where Graph's `@odata.context` URLs point (the real service, whatever host served the request). */
export const METADATA = 'https://graph.microsoft.com/v1.0/$metadata';

/**
 * Send-time placeholder values: `graphDate` as Graph writes `innerError.date` (UTC, no fraction, no zone),
 * `requestId` as a GUID (also used as `client-request-id` when the client sent none, as Graph does).
 */
function msgraphVars(): DialectVars {
  const now = new Date();
  const requestId = randomUUID();
  return { time: now.toISOString(), timeMs: now.getTime(), requestId, clientRequestId: requestId, graphDate: now.toISOString().slice(0, 19) };
}

/** How Graph answers: its error dialect, OData JSON (minimal metadata) with its request-id headers. */
export const respond = createResponder({
  name: 'msgraph',
  dialect: dialectJson,
  contentType: 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
  vars: msgraphVars,
  headers: (vars) => ({ 'request-id': String(vars.requestId), 'client-request-id': String(vars.clientRequestId) }),
});

/** Send-time values echoing the request's `client-request-id` when it sent one (Graph does). */
export function clientVars(request?: Request): DialectVars {
  const vars = respond.vars();
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
    return respond.fromDialect('validation', { ...clientVars(request), code: this.code, message: this.message }, { status: this.status, headers: this.headers });
  }
}

/** A successful Graph JSON answer echoing the request's client-request-id. */
export function graphJson(request: Request, payload: unknown, status = 200, effect?: Effect): Response {
  return respond.json(payload, { status, effect, vars: clientVars(request) });
}
