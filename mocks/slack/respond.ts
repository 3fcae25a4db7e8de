import { randomBytes } from 'node:crypto';
import { sendTimeVars } from '../kit/dialect.ts';
import { EFFECT_HEADER } from '../kit/effect.ts';
import { createResponder } from '../kit/responder.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/**
 * How Slack's Web API answers: `requestId` as its `x-slack-req-id` (32 hex chars) on every answer. Its errors
 * are HTTP 200, so a dialect answer says it changed nothing (a 2xx to a mutation otherwise counts as applied).
 */
export const respond = createResponder({
  name: 'slack',
  dialect: dialectJson,
  contentType: 'application/json; charset=utf-8',
  vars: () => ({ ...sendTimeVars(), requestId: randomBytes(16).toString('hex') }),
  headers: (vars) => ({ 'x-slack-req-id': String(vars.requestId) }),
  dialectHeaders: { [EFFECT_HEADER]: 'none' },
});

/** A platform error thrown by method code and answered by the handler as `{ ok: false, error }` (HTTP 200). */
export class SlackFailure extends Error {
  constructor(
    readonly error: string,
    /** Extra top-level fields, e.g. `needed`/`provided` for missing_scope. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(`Slack ${error}`);
  }

  /** The HTTP 200 `ok:false` answer Slack sends for this error (marked as changing nothing, despite the 200). */
  toResponse(): Response {
    return respond.json({ ok: false, error: this.error, ...this.extra }, { effect: 'none' });
  }
}

/** The headers Slack puts on a method's answer: the bot token's scopes (and the scopes the method accepts, none here). */
export const scopeHeaders = (scopes: string): Record<string, string> => (scopes ? { 'x-oauth-scopes': scopes, 'x-accepted-oauth-scopes': '' } : {});
