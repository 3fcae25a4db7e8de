import seedJson from './seed.json' with { type: 'json' };

type Seed = typeof seedJson;
type SeedUser = Seed['users'][number] & { isAdmin?: boolean; isOwner?: boolean; isBot?: boolean; deleted?: boolean };
type SeedChannel = Seed['channels'][number] & { isGeneral?: boolean; topic?: string; archived?: boolean; private?: boolean };

/** A channel as the mock stores it: Slack's fields plus its member ids and messages. */
export interface StoredChannel {
  id: string;
  name: string;
  /** Unix time (s). */
  created: number;
  creator: string;
  isGeneral: boolean;
  isPrivate: boolean;
  isArchived: boolean;
  topic: string;
  purpose: string;
  members: string[];
  messages: Array<Record<string, unknown>>;
}

/** One workspace's mutable state: the team, the token's bot, its users and channels. */
export interface WorkspaceState {
  team: Seed['team'];
  bot: Seed['bot'];
  users: SeedUser[];
  channels: StoredChannel[];
  /** Counter behind created channel ids and message timestamps. */
  sequence: number;
}

/** A fresh copy of the seeded workspace: every runtime (and every reset) starts from this. */
export function createWorkspaceState(): WorkspaceState {
  const seed = structuredClone(seedJson) as Seed;
  const channels = (seed.channels as SeedChannel[]).map((c) => ({
    id: c.id,
    name: c.name,
    created: c.created,
    creator: c.creator,
    isGeneral: c.isGeneral ?? false,
    isPrivate: c.private ?? false,
    isArchived: c.archived ?? false,
    topic: c.topic ?? '',
    purpose: c.purpose,
    members: c.members,
    messages: [],
  }));
  return { team: seed.team, bot: seed.bot, users: seed.users as SeedUser[], channels, sequence: 0 };
}

/** A Slack message timestamp (`1764395012.000200`): seconds, then a per-workspace counter for uniqueness. */
export function nextTs(state: WorkspaceState, now = Date.now()): string {
  state.sequence += 1;
  return `${Math.floor(now / 1000)}.${String(state.sequence * 100).padStart(6, '0')}`;
}

/** A new channel id: `C` + 10 upper-case alphanumerics, as Slack's ids look. */
export function nextChannelId(state: WorkspaceState): string {
  state.sequence += 1;
  return `C0${(0x5c000000 + state.sequence * 7919).toString(36).toUpperCase().padStart(9, '0')}`;
}

/** A channel in Slack's `conversations.*` shape, as seen by the token's bot user. */
export function channelJson(state: WorkspaceState, channel: StoredChannel): Record<string, unknown> {
  const text = (value: string) => ({ value, creator: value ? channel.creator : '', last_set: value ? channel.created : 0 });
  return {
    id: channel.id,
    name: channel.name,
    is_channel: !channel.isPrivate,
    is_group: channel.isPrivate,
    is_im: false,
    is_mpim: false,
    is_private: channel.isPrivate,
    created: channel.created,
    is_archived: channel.isArchived,
    is_general: channel.isGeneral,
    unlinked: 0,
    name_normalized: channel.name,
    is_shared: false,
    is_org_shared: false,
    is_pending_ext_shared: false,
    pending_shared: [],
    context_team_id: state.team.id,
    updated: channel.created * 1000,
    parent_conversation: null,
    creator: channel.creator,
    is_ext_shared: false,
    shared_team_ids: [state.team.id],
    pending_connected_team_ids: [],
    is_member: channel.members.includes(state.bot.userId),
    topic: text(channel.topic),
    purpose: text(channel.purpose),
    previous_names: [],
    num_members: channel.members.length,
  };
}

const TZ_LABELS: Record<string, [label: string, offsetS: number]> = {
  'America/New_York': ['Eastern Standard Time', -18000],
  'America/Los_Angeles': ['Pacific Standard Time', -28800],
  'America/Mexico_City': ['Central Standard Time', -21600],
  'Europe/Rome': ['Central European Time', 3600],
  'Europe/Berlin': ['Central European Time', 3600],
  'Europe/Stockholm': ['Central European Time', 3600],
  'Asia/Kolkata': ['India Standard Time', 19800],
};

/** A user in Slack's `users.list` member shape. */
export function userJson(state: WorkspaceState, user: SeedUser): Record<string, unknown> {
  const [first, ...rest] = user.realName.split(' ');
  const [tzLabel, tzOffset] = TZ_LABELS[user.tz] ?? ['Coordinated Universal Time', 0];
  const avatar = (size: number) => `https://avatars.slack-edge.com/2023-06-12/${user.id.toLowerCase()}_${size}.png`;
  return {
    id: user.id,
    team_id: state.team.id,
    name: user.name,
    deleted: user.deleted ?? false,
    color: user.isAdmin ? '9f69e7' : '4bbe2e',
    real_name: user.realName,
    tz: user.tz,
    tz_label: tzLabel,
    tz_offset: tzOffset,
    profile: {
      title: user.title,
      phone: '',
      skype: '',
      real_name: user.realName,
      real_name_normalized: user.realName,
      display_name: user.isBot ? '' : user.name.split('.')[0],
      display_name_normalized: user.isBot ? '' : user.name.split('.')[0],
      status_text: '',
      status_emoji: '',
      avatar_hash: user.id.slice(-10).toLowerCase(),
      ...(user.email ? { email: user.email } : {}),
      first_name: first,
      last_name: rest.join(' '),
      image_24: avatar(24),
      image_48: avatar(48),
      image_72: avatar(72),
      team: state.team.id,
      ...(user.isBot ? { bot_id: state.bot.botId, api_app_id: state.bot.appId, always_active: true } : {}),
    },
    is_admin: user.isAdmin ?? false,
    is_owner: user.isOwner ?? false,
    is_primary_owner: user.isOwner ?? false,
    is_restricted: false,
    is_ultra_restricted: false,
    is_bot: user.isBot ?? false,
    is_app_user: false,
    updated: 1700000000,
    is_email_confirmed: !user.isBot,
    who_can_share_contact_card: 'EVERYONE',
  };
}
