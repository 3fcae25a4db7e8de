import { boolArg, listArg, pageOf, stringArg, type SlackArgs } from './args.ts';
import { SlackFailure } from './respond.ts';
import { channelJson, nextChannelId, type StoredChannel, type WorkspaceState } from './state.ts';

/** What a method returns: the payload after `ok: true`, and whether it changed the workspace. */
export interface MethodResult {
  payload: Record<string, unknown>;
  changed?: boolean;
}

/** The channel an argument names: by id, or by name with or without `#`; channel_not_found otherwise. */
export function findChannel(state: WorkspaceState, args: SlackArgs): StoredChannel {
  const ref = stringArg(args, 'channel');
  if (!ref) throw new SlackFailure('channel_not_found');
  const name = ref.replace(/^#/, '');
  const channel = state.channels.find((c) => c.id === ref) ?? state.channels.find((c) => c.name === name);
  // A private channel the token's user is not in does not exist for that token.
  if (!channel || (channel.isPrivate && !channel.members.includes(state.bot.userId))) throw new SlackFailure('channel_not_found');
  return channel;
}

/** `conversations.list`: channels of the requested `types` (public by default), cursor-paged (limit 100 by default). */
export function listConversations(state: WorkspaceState, args: SlackArgs): MethodResult {
  const types = listArg(args, 'types');
  const wanted = new Set(types.length ? types : ['public_channel']);
  const unknown = [...wanted].filter((type) => !['public_channel', 'private_channel', 'mpim', 'im'].includes(type));
  if (unknown.length) throw new SlackFailure('invalid_types');
  const visible = state.channels.filter((c) => {
    if (boolArg(args, 'exclude_archived') && c.isArchived) return false;
    if (c.isPrivate) return wanted.has('private_channel') && c.members.includes(state.bot.userId);
    return wanted.has('public_channel');
  });
  const { page, nextCursor } = pageOf(visible, args, 'team', 100);
  return { payload: { channels: page.map((c) => channelJson(state, c)), response_metadata: { next_cursor: nextCursor } } };
}

const NAME_RULE = /^[a-z0-9_-]+$/;

/** `conversations.create`: a new channel with the bot as its only member; `name_taken` when the name exists. */
export function createConversation(state: WorkspaceState, args: SlackArgs): MethodResult {
  const name = stringArg(args, 'name');
  if (!name) throw new SlackFailure('invalid_name_required');
  if (name.length > 80) throw new SlackFailure('invalid_name_maxlength');
  if (!NAME_RULE.test(name)) throw new SlackFailure('invalid_name_specials');
  if (state.channels.some((c) => c.name === name)) throw new SlackFailure('name_taken');
  const channel: StoredChannel = {
    id: nextChannelId(state),
    name,
    created: Math.floor(Date.now() / 1000),
    creator: state.bot.userId,
    isGeneral: false,
    isPrivate: boolArg(args, 'is_private'),
    isArchived: false,
    topic: '',
    purpose: '',
    members: [state.bot.userId],
    messages: [],
  };
  state.channels.push(channel);
  const json = channelJson(state, channel);
  return { payload: { channel: { ...json, last_read: '0000000000.000000', latest: null, unread_count: 0, unread_count_display: 0, priority: 0 } }, changed: true };
}

/** `conversations.invite`: adds `users` (comma-separated ids) to a channel the bot is in. */
export function inviteToConversation(state: WorkspaceState, args: SlackArgs): MethodResult {
  const channel = findChannel(state, args);
  if (channel.isArchived) throw new SlackFailure('is_archived');
  if (!channel.members.includes(state.bot.userId)) throw new SlackFailure('not_in_channel');
  const users = listArg(args, 'users');
  if (users.length === 0) throw new SlackFailure('no_user');
  if (users.length > 1000) throw new SlackFailure('too_many_users');
  if (users.includes(state.bot.userId)) throw new SlackFailure('cant_invite_self');
  for (const id of users) {
    const user = state.users.find((u) => u.id === id);
    if (!user) throw new SlackFailure('user_not_found');
    if (user.deleted) throw new SlackFailure('user_is_deactivated');
  }
  const added = users.filter((id) => !channel.members.includes(id));
  if (added.length === 0) throw new SlackFailure('already_in_channel');
  channel.members.push(...added);
  return { payload: { channel: channelJson(state, channel) }, changed: true };
}

/** `conversations.members`: member ids of a channel, cursor-paged (limit 100 by default). */
export function conversationMembers(state: WorkspaceState, args: SlackArgs): MethodResult {
  const channel = findChannel(state, args);
  const { page, nextCursor } = pageOf(channel.members.map((id) => ({ id })), args, 'member', 100);
  return { payload: { members: page.map((m) => m.id), response_metadata: { next_cursor: nextCursor } } };
}

/** `conversations.history`: a channel's messages, newest first, cursor-paged (limit 100 by default). */
export function conversationHistory(state: WorkspaceState, args: SlackArgs): MethodResult {
  const channel = findChannel(state, args);
  if (!channel.members.includes(state.bot.userId)) throw new SlackFailure('not_in_channel');
  const newestFirst = [...channel.messages].reverse().map((m) => ({ ...m, id: String(m.ts) }));
  const { page, nextCursor } = pageOf(newestFirst, args, 'next_ts', 100);
  const messages = page.map(({ id: _id, ...message }) => message);
  return { payload: { messages, has_more: nextCursor !== '', pin_count: 0, channel_actions_ts: null, channel_actions_count: 0, response_metadata: { next_cursor: nextCursor } } };
}
