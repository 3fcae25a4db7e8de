import type { DialectVars } from '../kit/dialect.ts';
import type { Effect } from '../kit/effect.ts';
import { createResponder } from '../kit/responder.ts';
import { LIMITS, type OrgState } from './data.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/**
 * How Salesforce's REST API answers: its error dialect, with placeholder defaults for `Sforce-Limit-Info` in
 * faults the engine sends (the org's daily limit and its usage at the start).
 */
export const respond = createResponder({
  name: 'salesforce',
  dialect: dialectJson,
  contentType: 'application/json;charset=UTF-8',
  vars: () => ({ apiUsage: LIMITS.apiUsageAtStart, apiLimit: LIMITS.apiLimit }),
});

/** The `Sforce-Limit-Info` header Salesforce puts on every REST response. */
export function limitInfo(state: OrgState): string {
  return `api-usage=${state.apiUsage}/${LIMITS.apiLimit}`;
}

/** A Salesforce REST error as thrown by handler code: one `{ message, errorCode, fields? }` entry of the error array. */
export class SfFault extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly fields?: string[],
  ) {
    super(message);
  }

  /** The JSON array body Salesforce sends for this error. */
  toResponse(state: OrgState): Response {
    const entry = { message: this.message, errorCode: this.errorCode, ...(this.fields ? { fields: this.fields } : {}) };
    return respond.json([entry], { status: this.status, headers: { 'Sforce-Limit-Info': limitInfo(state) } });
  }
}

/** A dialect entry (`auth-revoked`, `not-found`, `version-gone`...) as Salesforce sends it, with the usage header. */
export function sfDialect(kind: string, state: OrgState, vars: DialectVars = {}): Response {
  return respond.fromDialect(kind, { apiUsage: state.apiUsage, ...vars });
}

/** A successful Salesforce JSON answer with `Sforce-Limit-Info`; a null payload sends 204 No Content. */
export function sfJson(state: OrgState, payload: unknown, status = 200, effect?: Effect): Response {
  return respond.json(payload, { status: payload === null ? 204 : status, effect, headers: { 'Sforce-Limit-Info': limitInfo(state) } });
}
