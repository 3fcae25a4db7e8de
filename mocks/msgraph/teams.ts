import { odataParam, pageOf } from './users.ts';
import { GraphFailure, graphJson, METADATA } from './respond.ts';
import { channelJson, joinedTeamJson, nextChannelId, type StoredChannel, type StoredTeam, type TenantState } from './state.ts';

type Json = Record<string, unknown>;

// Characters Teams refuses in a channel name (Graph docs for channel displayName).
const BAD_NAME = /[~#%&*{}+/\\:<>?|'",]|\.\./;

/** The team, when the signed-in user is a member: 404 NotFound for an unknown id, 403 [U] for someone else's team. */
export function findTeam(state: TenantState, teamId: string): StoredTeam {
  const team = state.teams.find((t) => t.id === teamId.toLowerCase());
  if (!team) throw new GraphFailure(404, 'NotFound', `No team found with Group Id ${teamId}`);
  if (!team.members.includes(state.meId)) throw new GraphFailure(403, 'Forbidden', 'Forbidden');
  return team;
}

function findChannel(team: StoredTeam, channelId: string): StoredChannel {
  const channel = team.channels.find((c) => c.id === channelId);
  if (!channel) throw new GraphFailure(404, 'NotFound', `Channel ${channelId} not found in team ${team.id}.`);
  return channel;
}

/** `GET /v1.0/me/joinedTeams`: the teams the signed-in user belongs to. */
export function joinedTeams(state: TenantState, request: Request): Response {
  const value = state.teams.filter((team) => team.members.includes(state.meId)).map((team) => joinedTeamJson(state, team));
  return graphJson(request, { '@odata.context': `${METADATA}#teams`, '@odata.count': value.length, value });
}

/** `GET /v1.0/teams/{id}/channels`: every channel of the team. */
export function listChannels(state: TenantState, request: Request, teamId: string): Response {
  const team = findTeam(state, teamId);
  const value = team.channels.map((channel) => channelJson(state, team, channel));
  return graphJson(request, { '@odata.context': `${METADATA}#teams('${team.id}')/channels`, '@odata.count': value.length, value });
}

/** `GET /v1.0/teams/{id}/channels/{cid}`. */
export function getChannel(state: TenantState, request: Request, teamId: string, channelId: string): Response {
  const team = findTeam(state, teamId);
  return graphJson(request, { '@odata.context': `${METADATA}#teams('${team.id}')/channels/$entity`, ...channelJson(state, team, findChannel(team, channelId)) });
}

/** `POST /v1.0/teams/{id}/channels`: 201 with the channel; 400 NameAlreadyExists when the name is taken (any case). */
export function createChannel(state: TenantState, request: Request, teamId: string, body: Json): Response {
  const team = findTeam(state, teamId);
  const name = body.displayName;
  if (typeof name !== 'string' || !name.trim()) throw new GraphFailure(400, 'BadRequest', "Invalid value for 'displayName': the property is required.");
  if (name.length > 50) throw new GraphFailure(400, 'BadRequest', 'Channel name cannot exceed 50 characters.');
  if (BAD_NAME.test(name) || /^[_.]|\.$/.test(name)) throw new GraphFailure(400, 'BadRequest', 'Channel name contains invalid characters.');
  const membershipType = body.membershipType ?? 'standard';
  if (membershipType !== 'standard' && membershipType !== 'private' && membershipType !== 'shared') {
    throw new GraphFailure(400, 'BadRequest', `Invalid value '${String(membershipType)}' for membershipType; expected standard, private or shared.`);
  }
  if (team.channels.some((c) => c.displayName.toLowerCase() === name.trim().toLowerCase())) {
    throw new GraphFailure(400, 'NameAlreadyExists', 'Channel name already existed, please use other name.');
  }
  const channel: StoredChannel = {
    id: nextChannelId(state),
    displayName: name.trim(),
    description: typeof body.description === 'string' ? body.description : null,
    createdDateTime: new Date().toISOString(),
    membershipType,
    messages: [],
  };
  team.channels.push(channel);
  return graphJson(request, { '@odata.context': `${METADATA}#teams('${team.id}')/channels/$entity`, ...channelJson(state, team, channel) }, 201, 'applied');
}

/** `GET /v1.0/teams/{id}/members`: the team's members as aadUserConversationMember, owners marked. */
export function listMembers(state: TenantState, request: Request, teamId: string): Response {
  const team = findTeam(state, teamId);
  const value = team.members.map((userId) => {
    const user = state.users.find((u) => u.id === userId)!;
    return {
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      id: Buffer.from(`0-${team.id}-${userId}`).toString('base64'),
      roles: team.owners.includes(userId) ? ['owner'] : [],
      displayName: `${user.givenName} ${user.surname}`,
      visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
      userId,
      email: `${user.givenName}.${user.surname}@${state.domain}`.toLowerCase(),
      tenantId: state.tenantId,
    };
  });
  return graphJson(request, { '@odata.context': `${METADATA}#teams('${team.id}')/members`, '@odata.count': value.length, value });
}

/** `POST .../channels/{cid}/messages`: 201 with the chatMessage, sent as the signed-in user. */
export function postMessage(state: TenantState, request: Request, teamId: string, channelId: string, body: Json): Response {
  const team = findTeam(state, teamId);
  const channel = findChannel(team, channelId);
  const content = (body.body as Json | undefined)?.content;
  const contentType = (body.body as Json | undefined)?.contentType ?? 'text';
  if (typeof content !== 'string' || !content) throw new GraphFailure(400, 'BadRequest', 'Missing body content.');
  if (contentType !== 'text' && contentType !== 'html') throw new GraphFailure(400, 'BadRequest', `Invalid value '${String(contentType)}' for body.contentType; expected text or html.`);
  const me = state.users.find((u) => u.id === state.meId)!;
  const now = new Date();
  state.sequence += 1;
  const id = String(now.getTime() + state.sequence);
  const message: Json = {
    id, replyToId: null, etag: id, messageType: 'message',
    createdDateTime: now.toISOString(), lastModifiedDateTime: now.toISOString(), lastEditedDateTime: null, deletedDateTime: null,
    subject: typeof body.subject === 'string' ? body.subject : null, summary: null, chatId: null, importance: body.importance ?? 'normal', locale: 'en-us',
    webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(channel.id)}/${id}?groupId=${team.id}&tenantId=${state.tenantId}&createdTime=${id}&parentMessageId=${id}`,
    policyViolation: null, eventDetail: null,
    from: { application: null, device: null, user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: me.id, displayName: `${me.givenName} ${me.surname}`, userIdentityType: 'aadUser', tenantId: state.tenantId } },
    body: { contentType, content },
    channelIdentity: { teamId: team.id, channelId: channel.id },
    attachments: [], mentions: [], reactions: [],
  };
  channel.messages.push(message);
  return graphJson(request, { '@odata.context': `${METADATA}#teams('${team.id}')/channels('${encodeURIComponent(channel.id)}')/messages/$entity`, ...message }, 201, 'applied');
}

/** `GET .../channels/{cid}/messages`: newest first, paged by `@odata.nextLink` (20 per page, `$top` up to 50). */
export function listMessages(state: TenantState, request: Request, teamId: string, channelId: string): Response {
  const team = findTeam(state, teamId);
  const channel = findChannel(team, channelId);
  const top = Number(odataParam(new URL(request.url), '$top') ?? 20);
  if (top > 50) throw new GraphFailure(400, 'BadRequest', `Invalid page size specified: '${top}'. Must be between 1 and 50 inclusive.`);
  const { value, nextLink } = pageOf(request, [...channel.messages].reverse(), 20);
  const body: Json = { '@odata.context': `${METADATA}#teams('${team.id}')/channels('${encodeURIComponent(channel.id)}')/messages`, '@odata.count': value.length, value };
  if (nextLink) body['@odata.nextLink'] = nextLink;
  return graphJson(request, body);
}
