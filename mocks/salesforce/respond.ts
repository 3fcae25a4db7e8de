import { renderDialect, type DialectVars } from '../dialect.ts';
import { EFFECT_HEADER, type Effect } from '../effect.ts';
import { parseDialect } from '../schema.ts';
import { LIMITS, type OrgState } from './data.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/** Salesforce's REST error dialect, keyed by failure kind (checked on load). */
export const salesforceDialect = parseDialect(dialectJson, 'mocks/salesforce/dialect.json');

const JSON_TYPE = 'application/json;charset=UTF-8';

/** Placeholder defaults for `Sforce-Limit-Info` in faults the engine sends: the org's daily limit and its usage at the start. */
export function salesforceVars(): DialectVars {
  return { apiUsage: LIMITS.apiUsageAtStart, apiLimit: LIMITS.apiLimit };
}

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
    return new Response(JSON.stringify([entry]), { status: this.status, headers: { 'Content-Type': JSON_TYPE, 'Sforce-Limit-Info': limitInfo(state) } });
  }
}

/** A dialect entry (`auth-revoked`, `not-found`, `version-gone`...) as Salesforce sends it, with the usage header. */
export function sfDialect(kind: string, state: OrgState, vars: DialectVars = {}): Response {
  const entry = salesforceDialect[kind];
  if (!entry) throw new Error(`brownout: mocks/salesforce/dialect.json has no "${kind}" entry`);
  return renderDialect(entry, { vars: { ...salesforceVars(), apiUsage: state.apiUsage, ...vars } });
}

/** A successful Salesforce JSON answer with `Sforce-Limit-Info`; a null payload sends 204 No Content. */
export function sfJson(state: OrgState, payload: unknown, status = 200, effect?: Effect): Response {
  const headers: Record<string, string> = { 'Sforce-Limit-Info': limitInfo(state) };
  if (effect) headers[EFFECT_HEADER] = effect;
  if (payload === null) return new Response(null, { status: 204, headers });
  return new Response(JSON.stringify(payload), { status, headers: { ...headers, 'Content-Type': JSON_TYPE } });
}
