import { pageOf, stringArg, type SlackArgs } from './args.ts';
import {
  conversationHistory,
  conversationMembers,
  createConversation,
  findChannel,
  inviteToConversation,
  listConversations,
  type MethodResult,
} from './conversations.ts';
import { SlackFailure } from './respond.ts';
import { nextTs, userJson, type WorkspaceState } from './state.ts';
import { parseJsonData } from '../json-data.ts';

/** A Web API method: the workspace and the call's arguments in, a payload out (or a thrown SlackFailure). */
export type SlackMethod = (state: WorkspaceState, args: SlackArgs) => MethodResult;

function authTest(state: WorkspaceState): MethodResult {
  const { team, bot } = state;
  return { payload: { url: team.url, team: team.name, user: bot.name, team_id: team.id, user_id: bot.userId, bot_id: bot.botId, is_enterprise_install: false } };
}

function listUsers(state: WorkspaceState, args: SlackArgs): MethodResult {
  const { page, nextCursor } = pageOf(state.users, args, 'user', 0);
  return { payload: { members: page.map((user) => userJson(state, user)), cache_ts: Math.floor(Date.now() / 1000), response_metadata: { next_cursor: nextCursor } } };
}

function postMessage(state: WorkspaceState, args: SlackArgs): MethodResult {
  const channel = findChannel(state, args);
  const text = stringArg(args, 'text');
  const blocks = args.blocks === undefined ? undefined : typeof args.blocks === 'string' ? parseJsonArg(args.blocks) : args.blocks;
  if (!text && !blocks && !stringArg(args, 'attachments')) throw new SlackFailure('no_text');
  if (blocks !== undefined && !Array.isArray(blocks)) throw new SlackFailure('invalid_blocks_format');
  if (text && text.length > 40_000) throw new SlackFailure('msg_too_long');
  if (channel.isArchived) throw new SlackFailure('is_archived');
  if (!channel.members.includes(state.bot.userId)) throw new SlackFailure('not_in_channel');
  const ts = nextTs(state);
  const { bot, team } = state;
  const message: Record<string, unknown> = {
    user: bot.userId,
    type: 'message',
    ts,
    bot_id: bot.botId,
    app_id: bot.appId,
    text: text ?? '',
    team: team.id,
    bot_profile: { id: bot.botId, app_id: bot.appId, name: bot.name, icons: { image_36: 'https://a.slack-edge.com/80588/img/plugins/app/bot_36.png' }, deleted: false, updated: 1686662000, team_id: team.id },
    ...(blocks ? { blocks } : {}),
  };
  const threadTs = stringArg(args, 'thread_ts');
  if (threadTs) message.thread_ts = threadTs;
  channel.messages.push(message);
  return { payload: { channel: channel.id, ts, message }, changed: true };
}

function parseJsonArg(text: string): unknown {
  try {
    return parseJsonData(text);
  } catch {
    throw new SlackFailure('invalid_blocks_format');
  }
}

/** The Web API methods the mock serves, by Slack's method name. */
export const slackMethods: Record<string, SlackMethod> = {
  'auth.test': authTest,
  'conversations.list': listConversations,
  'conversations.create': createConversation,
  'conversations.invite': inviteToConversation,
  'conversations.members': conversationMembers,
  'conversations.history': conversationHistory,
  'users.list': listUsers,
  'chat.postMessage': postMessage,
};
