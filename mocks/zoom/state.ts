import seedJson from './seed.json' with { type: 'json' };

type Seed = typeof seedJson;
/** The user's settings (`GET /users/me/settings`): sections of typed values. */
export type ZoomSettings = Record<string, Record<string, unknown>>;

/** A meeting as the mock stores it: what the host set, plus Zoom's ids and its own per-meeting settings. */
export interface StoredMeeting {
  id: number;
  uuid: string;
  topic: string;
  /** 1 instant, 2 scheduled, 3 recurring without a fixed time, 8 recurring with a fixed time. */
  type: number;
  start_time: string;
  /** Minutes. */
  duration: number;
  timezone: string;
  agenda: string;
  created_at: string;
  password: string;
  settings: Record<string, unknown>;
}

/** One Zoom account's mutable state: the signed-in user, their meetings and settings. */
export interface ZoomState {
  me: Seed['me'];
  meetings: StoredMeeting[];
  settings: ZoomSettings;
  /** Counter behind created meeting ids. */
  sequence: number;
}

/** Per-meeting settings Zoom derives from the host's settings when a meeting is created. */
export function meetingSettings(settings: ZoomSettings): Record<string, unknown> {
  const schedule = settings.schedule_meeting!;
  const inMeeting = settings.in_meeting!;
  return {
    host_video: schedule.host_video,
    participant_video: schedule.participants_video,
    cn_meeting: false,
    in_meeting: false,
    join_before_host: schedule.join_before_host,
    jbh_time: 0,
    mute_upon_entry: schedule.mute_upon_entry,
    watermark: false,
    use_pmi: false,
    approval_type: 2,
    audio: schedule.audio_type,
    auto_recording: settings.recording!.auto_recording,
    enforce_login: false,
    waiting_room: inMeeting.waiting_room,
    meeting_authentication: false,
    private_meeting: false,
    email_notification: true,
    host_save_video_order: false,
    participant_focused_meeting: false,
  };
}

/** A fresh copy of the seeded account: every runtime (and every reset) starts from this. */
export function createZoomState(): ZoomState {
  const seed = structuredClone(seedJson) as Seed;
  const settings = seed.settings as ZoomSettings;
  const meetings = seed.meetings.map((m) => ({ ...m, settings: meetingSettings(settings) }));
  return { me: seed.me, meetings, settings, sequence: 0 };
}

/** A new meeting id (11 digits, as Zoom's) and its UUID (base64 of 16 bytes). */
export function nextMeetingIds(state: ZoomState): { id: number; uuid: string } {
  state.sequence += 1;
  const id = 85_000_000_000 + ((state.sequence * 2_654_435_761) % 4_999_999_999);
  const bytes = Buffer.alloc(16);
  bytes.writeUInt32BE(state.sequence, 0);
  bytes.writeDoubleBE(id, 4);
  bytes.writeUInt32BE(0x5a6f6f6d, 12);
  return { id, uuid: bytes.toString('base64') };
}

const encrypted = (meeting: StoredMeeting) => Buffer.from(`${meeting.id}:${meeting.password}`).toString('base64url').slice(0, 32);

/** A meeting as `GET /meetings/{id}` and the create answer show it (host, join and start URLs, passcodes). */
export function meetingJson(state: ZoomState, meeting: StoredMeeting): Record<string, unknown> {
  const pwd = meeting.password ? `?pwd=${encrypted(meeting)}` : '';
  return {
    uuid: meeting.uuid,
    id: meeting.id,
    host_id: state.me.id,
    host_email: state.me.email,
    assistant_id: '',
    topic: meeting.topic,
    type: meeting.type,
    status: 'waiting',
    ...(meeting.type === 3 ? {} : { start_time: meeting.start_time }),
    duration: meeting.duration,
    timezone: meeting.timezone,
    agenda: meeting.agenda,
    created_at: meeting.created_at,
    start_url: `https://us05web.zoom.us/s/${meeting.id}?zak=eyJ0eXAiOiJKV1QiLCJzdiI6IjAwMDAwMSJ9.mock`,
    join_url: `https://us05web.zoom.us/j/${meeting.id}${pwd}`,
    password: meeting.password,
    h323_password: meeting.password.replace(/\D/g, '').padEnd(6, '0').slice(0, 10),
    pstn_password: meeting.password.replace(/\D/g, '').padEnd(6, '0').slice(0, 10),
    encrypted_password: encrypted(meeting),
    settings: meeting.settings,
    pre_schedule: false,
  };
}

/** A meeting as `GET /users/me/meetings` lists it (fewer fields). */
export function meetingListJson(state: ZoomState, meeting: StoredMeeting): Record<string, unknown> {
  const full = meetingJson(state, meeting);
  const { uuid, id, host_id, topic, type, start_time, duration, timezone, agenda, created_at, join_url } = full;
  return { uuid, id, host_id, topic, type, ...(start_time ? { start_time } : {}), duration, timezone, ...(agenda ? { agenda } : {}), created_at, join_url };
}
