import seedJson from './seed.json' with { type: 'json' };

type Seed = typeof seedJson;
/** A directory user as seeded (the rest of Graph's user shape is derived). */
export type SeedUser = Seed['users'][number];

/** A channel as the mock stores it, with its messages. */
export interface StoredChannel {
  id: string;
  displayName: string;
  description: string | null;
  createdDateTime: string;
  membershipType: 'standard' | 'private' | 'shared';
  messages: Array<Record<string, unknown>>;
}

/** A team as the mock stores it: Graph's fields, owner and member ids, channels. */
export interface StoredTeam {
  id: string;
  displayName: string;
  description: string;
  createdDateTime: string;
  owners: string[];
  members: string[];
  channels: StoredChannel[];
}

/** One tenant's mutable state: its users, the signed-in user (`/me`), teams and channels. */
export interface TenantState {
  tenantId: string;
  domain: string;
  meId: string;
  users: SeedUser[];
  teams: StoredTeam[];
  /** Counter behind created ids. */
  sequence: number;
}

/** A fresh copy of the seeded tenant: every runtime (and every reset) starts from this. */
export function createTenantState(): TenantState {
  const seed = structuredClone(seedJson) as Seed;
  const teams = seed.teams.map((team) => ({
    ...team,
    channels: team.channels.map((channel) => ({ ...channel, membershipType: 'standard' as const, messages: [] })),
  }));
  return { tenantId: seed.tenantId, domain: seed.domain, meId: seed.meId, users: seed.users, teams, sequence: 0 };
}

/** A user's sign-in name and mail: `given.surname@<tenant domain>`. */
export function principalName(state: TenantState, user: SeedUser): string {
  return `${user.givenName}.${user.surname}@${state.domain}`.toLowerCase();
}

/** A user in Graph's v1.0 default property set. */
export function userJson(state: TenantState, user: SeedUser): Record<string, unknown> {
  const upn = principalName(state, user);
  return {
    businessPhones: user.businessPhones,
    displayName: `${user.givenName} ${user.surname}`,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: upn,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: 'en-US',
    surname: user.surname,
    userPrincipalName: upn,
    id: user.id,
  };
}

/** A team in the shape `GET /me/joinedTeams` lists (Graph fills only a few properties there). */
export function joinedTeamJson(state: TenantState, team: StoredTeam): Record<string, unknown> {
  return {
    id: team.id,
    createdDateTime: null,
    displayName: team.displayName,
    description: team.description,
    internalId: null,
    classification: null,
    specialization: null,
    visibility: null,
    webUrl: null,
    isArchived: false,
    tenantId: state.tenantId,
    isMembershipLimitedToOwners: null,
    memberSettings: null,
    guestSettings: null,
    messagingSettings: null,
    funSettings: null,
    discoverySettings: null,
    tagSettings: null,
    summary: null,
  };
}

/** A channel in Graph's v1.0 shape, with the Teams deep link Graph gives as `webUrl`. */
export function channelJson(state: TenantState, team: StoredTeam, channel: StoredChannel): Record<string, unknown> {
  const link = `https://teams.microsoft.com/l/channel/${encodeURIComponent(channel.id)}/${encodeURIComponent(channel.displayName)}?groupId=${team.id}&tenantId=${state.tenantId}`;
  return {
    id: channel.id,
    createdDateTime: channel.createdDateTime,
    displayName: channel.displayName,
    description: channel.description,
    isFavoriteByDefault: null,
    email: '',
    tenantId: state.tenantId,
    webUrl: link,
    membershipType: channel.membershipType,
    isArchived: false,
  };
}

/** A new Teams channel id: `19:<32 hex>@thread.tacv2`. */
export function nextChannelId(state: TenantState): string {
  state.sequence += 1;
  const hex = (BigInt(0x4b1d) * 1_000_003n * BigInt(state.sequence) + 0x9e3779b97f4a7c15n).toString(16).padStart(32, '0').slice(-32);
  return `19:${hex}@thread.tacv2`;
}
