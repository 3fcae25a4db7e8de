import { http, type RequestHandler } from 'msw';
import { readArgs, tokenOf } from './args.ts';
import { slackMethods } from './methods.ts';
import { respond, scopeHeaders, SlackFailure } from './respond.ts';
import { createWorkspaceState, type WorkspaceState } from './state.ts';

/** A bot token as Slack issues them (`xoxb-`, also user `xoxp-`, app `xoxa-`, legacy `xoxe-`). */
export const SLACK_TOKEN_SHAPE = /^xox[abpe]-[\w-]+$/;

/** Slack's answer to a token: null when it is good, else the auth error Slack sends (HTTP 200, ok:false). */
function checkToken(token: string | null): Response | null {
  if (!token) return respond.fromDialect('auth-revoked', { error: 'not_authed' });
  if (!SLACK_TOKEN_SHAPE.test(token)) return respond.fromDialect('auth-revoked', { error: 'invalid_auth' });
  // Test tokens name their fate: a revoked or deactivated token, so drills need no fault to reach these answers.
  if (token.includes('revoked')) return respond.fromDialect('auth-revoked', { error: 'token_revoked' });
  if (token.includes('inactive')) return respond.fromDialect('auth-revoked', { error: 'account_inactive' });
  return null;
}

/**
 * Slack Web API handlers (`/api/<method>`) over one workspace (fresh seeded state by default): form-encoded or
 * JSON arguments, a Bearer (or `token` argument) xox?- token, and Slack's HTTP 200 `ok:false` platform errors.
 */
export function createSlackHandlers(state: WorkspaceState = createWorkspaceState()): RequestHandler[] {
  return [
    http.all('/api/:method', async ({ request, params }) => {
      const name = String(params.method);
      const method = slackMethods[name];
      // [U] Slack answers an unknown method with unknown_method and the method echoed back.
      if (!method) return new Response(JSON.stringify({ ok: false, error: 'unknown_method', req_method: name }), { status: 404, headers: { 'Content-Type': 'application/json; charset=utf-8' } });
      try {
        const { args, json } = await readArgs(request);
        const denied = checkToken(tokenOf(request, args, json));
        if (denied) return denied;
        const { payload, changed } = method(state, args);
        return respond.json({ ok: true, ...payload }, { headers: scopeHeaders(state.bot.scopes), effect: changed ? 'applied' : undefined });
      } catch (error) {
        if (error instanceof SlackFailure) return error.toResponse();
        throw error;
      }
    }),
  ];
}
