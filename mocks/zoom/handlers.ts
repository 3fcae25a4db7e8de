import { http, type HttpResponseResolver, type RequestHandler } from 'msw';
import { createMeeting, deleteMeeting, getMeeting, listMeetings, updateMeeting } from './meetings.ts';
import { respond, ZoomFailure } from './respond.ts';
import { getSettings, updateSettings } from './settings.ts';
import { createZoomState, type ZoomState } from './state.ts';
import { checkZoomToken } from './token.ts';
import { parseJsonData } from '../json-data.ts';
import type { HandlerOptions } from '../types.ts';

type Operation = (args: { request: Request; url: URL; params: Record<string, string>; body: Record<string, unknown> }) => Response;

/**
 * Checks what Zoom checks first, reads a JSON body, and answers failures as `{ code, message }`. With
 * `strictAuth`, the bearer token (a JWT, not expired) and the user (the token's own); by default identity is not
 * the fault under test: any token and any user id get the seeded account.
 */
function guard(state: ZoomState, operation: Operation, strictAuth: boolean): HttpResponseResolver {
  return async ({ request, params }) => {
    try {
      const denied = strictAuth ? checkZoomToken(request) : null;
      if (denied) throw denied;
      const userId = params.userId as string | undefined;
      // A user other than the token's own (by `me`, id or email) does not exist for this account.
      if (strictAuth && userId !== undefined && ![ 'me', state.me.id, state.me.email ].includes(userId)) throw new ZoomFailure(404, 1001, `User does not exist: ${userId}.`);
      let body: Record<string, unknown> = {};
      if (request.method === 'POST' || request.method === 'PATCH') {
        const text = await request.text();
        try {
          body = text ? parseJsonData(text) : {};
        } catch {
          // [U] Zoom's wording for a body that is not JSON.
          throw new ZoomFailure(400, 300, 'Request Body should be a valid JSON object.');
        }
        if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new ZoomFailure(400, 300, 'Request Body should be a valid JSON object.');
      }
      return operation({ request, url: new URL(request.url), params: params as Record<string, string>, body });
    } catch (error) {
      if (error instanceof ZoomFailure) return error.toResponse();
      throw error;
    }
  };
}

/**
 * Zoom API v2 handlers over one account (fresh seeded state by default): the signed-in user, their meetings
 * (list, create, read, update, delete) and settings (read, update), with Zoom's `{ code, message }` errors.
 */
export function createZoomHandlers(state: ZoomState = createZoomState(), options: HandlerOptions = {}): RequestHandler[] {
  const guarded = (operation: Operation) => guard(state, operation, options.strictAuth ?? false);
  return [
    http.get('/v2/users/:userId', guarded(() => respond.json({ ...state.me, personal_meeting_url: `https://us05web.zoom.us/j/${state.me.pmi}`, pic_url: `https://us05web.zoom.us/p/v2/${state.me.id}/avatar.png` }))),
    http.get('/v2/users/:userId/meetings', guarded(({ url }) => listMeetings(state, url))),
    http.post('/v2/users/:userId/meetings', guarded(({ body }) => createMeeting(state, body))),
    http.get('/v2/users/:userId/settings', guarded(() => getSettings(state))),
    http.patch('/v2/users/:userId/settings', guarded(({ body }) => updateSettings(state, body))),
    http.get('/v2/meetings/:meetingId', guarded(({ params }) => getMeeting(state, params.meetingId!))),
    http.patch('/v2/meetings/:meetingId', guarded(({ params, body }) => updateMeeting(state, params.meetingId!, body))),
    http.delete('/v2/meetings/:meetingId', guarded(({ params }) => deleteMeeting(state, params.meetingId!))),
    // [U] The retired v1 API (and any other version segment).
    http.all('/:version/*', ({ params }) => (params.version === 'v2' ? undefined : respond.fromDialect('version-gone'))),
  ];
}
