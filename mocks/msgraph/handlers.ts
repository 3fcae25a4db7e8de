import { http, type HttpResponseResolver, type RequestHandler } from 'msw';
import { clientVars, GraphFailure, respond } from './respond.ts';
import { createTenantState, type TenantState } from './state.ts';
import { createChannel, getChannel, joinedTeams, listChannels, listMembers, listMessages, postMessage } from './teams.ts';
import { checkGraphToken } from './token.ts';
import { getUser, listUsers } from './users.ts';
import { parseJsonData } from '../json-data.ts';
import type { HandlerOptions } from '../types.ts';

type Params = Record<string, string>;
type Operation = (request: Request, params: Params, body: Record<string, unknown>) => Response;

/**
 * Checks what Graph checks first (with `strictAuth`, the bearer token: a JWT in its validity window; by default
 * identity is not the fault under test and any token is accepted), reads a JSON body, and answers failures in
 * Graph's envelope.
 */
function guard(operation: Operation, strictAuth: boolean): HttpResponseResolver {
  return async ({ request, params }) => {
    try {
      const denied = strictAuth ? checkGraphToken(request) : null;
      if (denied) throw denied;
      let body: Record<string, unknown> = {};
      if (request.method === 'POST' || request.method === 'PATCH') {
        const text = await request.text();
        try {
          body = text ? parseJsonData(text) : {};
        } catch {
          throw new GraphFailure(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
        }
      }
      return operation(request, params as Params, body);
    } catch (error) {
      if (error instanceof GraphFailure) return error.toResponse(request);
      throw error;
    }
  };
}

/**
 * Microsoft Graph v1.0 handlers for Teams over one tenant (fresh seeded state by default): users (list, filter,
 * page, read by id or UPN), `/me`, joined teams, channels (list, read, create), team members and channel messages.
 */
export function createMsgraphHandlers(state: TenantState = createTenantState(), options: HandlerOptions = {}): RequestHandler[] {
  const guarded = (operation: Operation) => guard(operation, options.strictAuth ?? false);
  const me = state.meId;
  return [
    http.get('/v1.0/me', guarded((request) => getUser(state, request, me))),
    http.get('/v1.0/me/joinedTeams', guarded((request) => joinedTeams(state, request))),
    http.get('/v1.0/users', guarded((request) => listUsers(state, request))),
    http.get('/v1.0/users/:id', guarded((request, { id }) => getUser(state, request, id!))),
    http.get('/v1.0/teams/:teamId/channels', guarded((request, { teamId }) => listChannels(state, request, teamId!))),
    http.post('/v1.0/teams/:teamId/channels', guarded((request, { teamId }, body) => createChannel(state, request, teamId!, body))),
    http.get('/v1.0/teams/:teamId/channels/:channelId', guarded((request, { teamId, channelId }) => getChannel(state, request, teamId!, channelId!))),
    http.get('/v1.0/teams/:teamId/channels/:channelId/messages', guarded((request, p) => listMessages(state, request, p.teamId!, p.channelId!))),
    http.post('/v1.0/teams/:teamId/channels/:channelId/messages', guarded((request, p, body) => postMessage(state, request, p.teamId!, p.channelId!, body))),
    http.get('/v1.0/teams/:teamId/members', guarded((request, { teamId }) => listMembers(state, request, teamId!))),
    // Graph names the first path segment it does not know.
    http.all('/v1.0/*', guarded((request) => {
      const segment = new URL(request.url).pathname.split('/').filter(Boolean).slice(1).find((part, index) => index === 0 || !/^[\w-]{8,}$/.test(part)) ?? '';
      throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${decodeURIComponent(segment)}'.`);
    })),
    // [U] A version segment other than v1.0 / beta.
    http.all('/:version/*', ({ request, params }) => (params.version === 'beta' ? undefined : respond.fromDialect('version-gone', { ...clientVars(request), version: String(params.version) }))),
  ];
}
