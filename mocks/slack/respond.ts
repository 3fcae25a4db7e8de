import { randomBytes } from 'node:crypto';
import { renderDialect, type DialectVars } from '../dialect.ts';
import { EFFECT_HEADER, type Effect } from '../effect.ts';
import { parseDialect } from '../schema.ts';
import dialectJson from './dialect.json' with { type: 'json' };

/** Slack's error dialect, keyed by failure kind (checked on load). */
export const slackDialect = parseDialect(dialectJson, 'mocks/slack/dialect.json');

/** Send-time placeholder values: `requestId` as Slack's `x-slack-req-id` (32 hex chars). */
export function slackVars(): DialectVars {
  const now = new Date();
  return { time: now.toISOString(), timeMs: now.getTime(), requestId: randomBytes(16).toString('hex') };
}

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
    return slackJson({ ok: false, error: this.error, ...this.extra }, { effect: 'none' });
  }
}

/**
 * A dialect entry (`auth-revoked`, `validation`...) as a handler sends it right now. Slack's errors are HTTP 200,
 * so the answer says it changed nothing (a 2xx to a mutation otherwise counts as applied).
 */
export function slackDialectResponse(kind: string, vars: DialectVars = {}): Response {
  const entry = slackDialect[kind];
  if (!entry) throw new Error(`brownout: mocks/slack/dialect.json has no "${kind}" entry`);
  return renderDialect(entry, { vars: { ...slackVars(), ...vars }, headers: { [EFFECT_HEADER]: 'none' } });
}

/** A Slack Web API JSON answer with Slack's content type, request id and the bot token's scopes. */
export function slackJson(payload: Record<string, unknown>, options: { scopes?: string; effect?: Effect } = {}): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'x-slack-req-id': String(slackVars().requestId) };
  if (options.scopes) {
    headers['x-oauth-scopes'] = options.scopes;
    headers['x-accepted-oauth-scopes'] = '';
  }
  if (options.effect) headers[EFFECT_HEADER] = options.effect;
  return new Response(JSON.stringify(payload), { status: 200, headers });
}
