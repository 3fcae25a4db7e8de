import { respond, ZoomFailure } from './respond.ts';
import { meetingJson, meetingListJson, meetingSettings, nextMeetingIds, type StoredMeeting, type ZoomState } from './state.ts';

type Json = Record<string, unknown>;

const START_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z?$/;
const PASSCODE = /^[A-Za-z0-9@*_-]{1,10}$/;

function validTimezone(value: unknown): boolean {
  if (typeof value !== 'string' || !value) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The fields of a create or update body Zoom would refuse, in its own field names. */
function invalidFields(body: Json): string[] {
  const bad: string[] = [];
  const has = (field: string) => body[field] !== undefined;
  if (has('topic') && (typeof body.topic !== 'string' || body.topic.length > 200)) bad.push('topic');
  if (has('type') && ![1, 2, 3, 8].includes(body.type as number)) bad.push('type');
  if (has('start_time') && !(typeof body.start_time === 'string' && START_TIME.test(body.start_time) && !Number.isNaN(Date.parse(body.start_time)))) bad.push('start_time');
  if (has('duration') && !(Number.isInteger(body.duration) && (body.duration as number) >= 0 && (body.duration as number) <= 1440)) bad.push('duration');
  if (has('timezone') && !validTimezone(body.timezone)) bad.push('timezone');
  if (has('password') && !(typeof body.password === 'string' && PASSCODE.test(body.password))) bad.push('password');
  if (has('agenda') && (typeof body.agenda !== 'string' || body.agenda.length > 2000)) bad.push('agenda');
  if (has('settings') && (body.settings === null || typeof body.settings !== 'object' || Array.isArray(body.settings))) bad.push('settings');
  return bad;
}

/** The stored meeting for a `{meetingId}`: 404 code 3001 when there is none. */
function findMeeting(state: ZoomState, meetingId: string): StoredMeeting {
  const meeting = /^\d+$/.test(meetingId) ? state.meetings.find((m) => m.id === Number(meetingId)) : undefined;
  if (!meeting) throw new ZoomFailure(404, 3001, `Meeting does not exist: ${meetingId}.`);
  return meeting;
}

const startMs = (meeting: StoredMeeting) => (meeting.type === 3 ? Number.POSITIVE_INFINITY : Date.parse(meeting.start_time));

/** `GET /users/me/meetings`: by `type` (scheduled, upcoming, previous_meetings, live), paged by `next_page_token`. */
export function listMeetings(state: ZoomState, url: URL): Response {
  const type = url.searchParams.get('type') ?? 'scheduled';
  const now = Date.now();
  const filters: Record<string, (m: StoredMeeting) => boolean> = {
    scheduled: () => true,
    live: () => false,
    upcoming: (m) => startMs(m) >= now,
    upcoming_meetings: (m) => startMs(m) >= now,
    previous_meetings: (m) => startMs(m) < now,
  };
  if (!filters[type]) throw ZoomFailure.invalid('type');
  const pageSizeText = url.searchParams.get('page_size');
  const pageSize = pageSizeText === null ? 30 : Number(pageSizeText);
  if (!Number.isInteger(pageSize) || pageSize < 1) throw ZoomFailure.invalid('page_size');
  const size = Math.min(pageSize, 300);
  const token = url.searchParams.get('next_page_token');
  const start = token ? Number(/^o(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'))?.[1] ?? NaN) : 0;
  if (!Number.isInteger(start)) throw ZoomFailure.invalid('next_page_token');
  const matching = state.meetings.filter(filters[type]!).sort((a, b) => startMs(a) - startMs(b));
  const page = matching.slice(start, start + size);
  const next = start + size < matching.length ? Buffer.from(`o${start + size}`).toString('base64url') : '';
  return respond.json({ page_size: size, total_records: matching.length, next_page_token: next, meetings: page.map((m) => meetingListJson(state, m)) });
}

/** `POST /users/me/meetings`: 201 with the meeting; code 300 Validation Failed naming bad fields. */
export function createMeeting(state: ZoomState, body: Json): Response {
  const bad = invalidFields(body);
  if (bad.length) throw ZoomFailure.invalid(...bad);
  const { id, uuid } = nextMeetingIds(state);
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const meeting: StoredMeeting = {
    id,
    uuid,
    topic: (body.topic as string | undefined) ?? 'Zoom meeting',
    type: (body.type as number | undefined) ?? 2,
    start_time: typeof body.start_time === 'string' ? new Date(body.start_time.endsWith('Z') ? body.start_time : `${body.start_time}Z`).toISOString().replace(/\.\d{3}Z$/, 'Z') : now,
    duration: (body.duration as number | undefined) ?? 60,
    timezone: (body.timezone as string | undefined) ?? state.me.timezone,
    agenda: (body.agenda as string | undefined) ?? '',
    created_at: now,
    password: (body.password as string | undefined) ?? Math.random().toString(36).slice(2, 8),
    settings: { ...meetingSettings(state.settings), ...(body.settings as Json | undefined) },
  };
  state.meetings.push(meeting);
  return respond.json(meetingJson(state, meeting), { status: 201, effect: 'applied' });
}

/** `GET /meetings/{meetingId}`. */
export function getMeeting(state: ZoomState, meetingId: string): Response {
  return respond.json(meetingJson(state, findMeeting(state, meetingId)));
}

/** `PATCH /meetings/{meetingId}`: merges the given fields (settings merged key by key); 204 No Content. */
export function updateMeeting(state: ZoomState, meetingId: string, body: Json): Response {
  const meeting = findMeeting(state, meetingId);
  const bad = invalidFields(body);
  if (bad.length) throw ZoomFailure.invalid(...bad);
  const { settings, ...fields } = body;
  for (const field of ['topic', 'type', 'start_time', 'duration', 'timezone', 'agenda', 'password'] as const) {
    if (fields[field] !== undefined) (meeting as unknown as Json)[field] = fields[field];
  }
  if (settings) meeting.settings = { ...meeting.settings, ...(settings as Json) };
  return respond.json(null, { status: 204, effect: 'applied' });
}

/** `DELETE /meetings/{meetingId}`: 204 No Content. */
export function deleteMeeting(state: ZoomState, meetingId: string): Response {
  const meeting = findMeeting(state, meetingId);
  state.meetings.splice(state.meetings.indexOf(meeting), 1);
  return respond.json(null, { status: 204, effect: 'applied' });
}
