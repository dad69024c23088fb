import type { ApiHandler, ApiReply, ApiRoute, RecordedRequest } from './fakeDiscordApi.js';
import { bodyObject, discordError, newSnowflake } from './fakeDiscordApi.js';
import type { FixtureObject } from './fixtures.js';

/** The mutable guild the fake API answers from (the arrays are the fake's state). */
export interface FakeGuildState {
  guildId: string;
  /** The GUILD_CREATE payload (its `threads`, if any, lose a deleted channel's threads). */
  guild: FixtureObject;
  channels: FixtureObject[];
  roles: FixtureObject[];
  members: FixtureObject[];
  invites: FixtureObject[];
  botUser: FixtureObject;
}

const G = '(\\d+)';
const CATEGORY = 4;
const VOICE_TYPES = [2, 13];
const FORUM_TYPES = [15, 16];

const ok = (body: unknown): ApiReply => ({ status: 200, body });
const noContent: ApiReply = { status: 204 };
const unknownChannel: ApiReply = { status: 404, body: discordError(10003, 'Unknown Channel') };
const unknownRole: ApiReply = { status: 404, body: discordError(10011, 'Unknown Role') };
const missingPermissions: ApiReply = { status: 403, body: discordError(50013, 'Missing Permissions') };
const invalidBody = (why: string): ApiReply => ({
  status: 400,
  body: discordError(50035, `Invalid Form Body (${why})`),
});
const r = (method: string, path: RegExp, handler: ApiHandler): ApiRoute => ({ method, path, handler, once: false });

/**
 * Routes that change the guild's structure, stateful like Discord: create, modify and
 * delete channels and roles, bulk channel and role moves, and invites (Create Channel Invite,
 * Get Guild Invites). Writes answer as Discord does but send no gateway dispatch.
 * @param s - the guild state they read and change
 */
export function fakeGuildStructureRoutes(s: FakeGuildState): ApiRoute[] {
  const channel = (id: string | undefined) => s.channels.find((c) => c.id === id);
  const role = (id: string | undefined) => s.roles.find((candidate) => candidate.id === id);
  return [
    r('POST', new RegExp(`^/guilds/${G}/channels$`), (q, [id]) => {
      const body = bodyObject(q.body);
      const type = typeof body.type === 'number' ? body.type : 0;
      if (body.parent_id != null && channel(str(body.parent_id))?.type !== CATEGORY) return invalidBody('parent_id');
      const created = {
        permission_overwrites: [],
        position: s.channels.length,
        parent_id: null,
        ...typeDefaults(type),
        ...body,
        ...withTagIds(body),
        type,
        id: newSnowflake(),
        guild_id: id,
      };
      s.channels.push(created);
      return { status: 201, body: created };
    }),
    r('PATCH', new RegExp(`^/channels/${G}$`), (q, [id]) => {
      const found = channel(id);
      if (found === undefined) return unknownChannel;
      const body = bodyObject(q.body);
      Object.assign(found, body, withTagIds(body));
      return ok(found);
    }),
    r('DELETE', new RegExp(`^/channels/${G}$`), (_q, [id]) => deleteChannel(s, id ?? '')),
    r('PATCH', new RegExp(`^/guilds/${G}/channels$`), (q) => moveChannels(s, q)),
    r('POST', new RegExp(`^/guilds/${G}/roles$`), (q) => {
      const created = {
        color: 0,
        hoist: false,
        mentionable: false,
        permissions: '0',
        managed: false,
        ...bodyObject(q.body),
        id: newSnowflake(),
        position: 1,
      };
      s.roles.push(created);
      return ok(created);
    }),
    r('GET', new RegExp(`^/guilds/${G}/roles$`), () => ok(s.roles)),
    r('PATCH', new RegExp(`^/guilds/${G}/roles$`), (q) => moveRoles(s, q)),
    r('PATCH', new RegExp(`^/guilds/${G}/roles/${G}$`), (q, [, roleId]) => {
      const found = role(roleId);
      if (found === undefined) return unknownRole;
      Object.assign(found, bodyObject(q.body));
      return ok(found);
    }),
    r('DELETE', new RegExp(`^/guilds/${G}/roles/${G}$`), (_q, [, roleId]) => deleteRole(s, roleId ?? '')),
    r('GET', new RegExp(`^/guilds/${G}/invites$`), () => ok(s.invites)),
    r('POST', new RegExp(`^/channels/${G}/invites$`), (q, [channelId]) => {
      const found = channel(channelId);
      if (found === undefined) return unknownChannel;
      const body = bodyObject(q.body);
      const invite = fakeInvite({
        code: newSnowflake().slice(-8),
        channel: found,
        guildId: s.guildId,
        inviter: s.botUser,
        maxUses: typeof body.max_uses === 'number' ? body.max_uses : 0,
      });
      s.invites.push(invite);
      return ok(invite);
    }),
  ];
}

/**
 * An invite object with metadata, as Get Guild Invites and Create Channel Invite answer.
 * @see https://discord.com/developers/docs/resources/invite#invite-object
 */
export function fakeInvite(o: {
  code: string;
  channel: FixtureObject;
  guildId: string;
  inviter: FixtureObject | null;
  uses?: number;
  maxUses?: number;
}): FixtureObject {
  return {
    type: 0,
    code: o.code,
    guild: { id: o.guildId, name: 'Guildhall Test' },
    channel: { id: o.channel.id, name: o.channel.name, type: o.channel.type },
    ...(o.inviter === null ? {} : { inviter: o.inviter }),
    expires_at: null,
    uses: o.uses ?? 0,
    max_uses: o.maxUses ?? 0,
    max_age: 0,
    temporary: false,
    created_at: new Date().toISOString(),
  };
}

/** Delete/Close Channel: answers the channel; a category's channels lose their parent. */
function deleteChannel(s: FakeGuildState, id: string): ApiReply {
  const index = s.channels.findIndex((c) => c.id === id);
  const found = s.channels[index];
  if (found === undefined) return unknownChannel;
  s.channels.splice(index, 1);
  for (const child of s.channels) if (child.parent_id === id) child.parent_id = null;
  if (Array.isArray(s.guild.threads)) {
    s.guild.threads = s.guild.threads.filter((thread) => bodyObject(thread).parent_id !== id);
  }
  const kept = s.invites.filter((invite) => bodyObject(invite.channel).id !== id);
  s.invites.splice(0, s.invites.length, ...kept);
  return ok(found);
}

/**
 * Modify Guild Channel Positions: positions as given (the others keep theirs), parents, and
 * `lock_permissions` copying the new category's overwrites. At most one entry may change
 * its parent (400, code 40009, otherwise). Answers 204.
 */
function moveChannels(s: FakeGuildState, q: RecordedRequest): ApiReply {
  if (!Array.isArray(q.body)) return invalidBody('not an array');
  const entries = q.body.map(bodyObject);
  const found = entries.map((entry) => s.channels.find((c) => c.id === entry.id));
  if (found.some((c) => c === undefined)) return unknownChannel;
  const reparented = entries.filter((entry, i) => 'parent_id' in entry && entry.parent_id !== found[i]?.parent_id);
  if (reparented.length > 1) {
    return { status: 400, body: discordError(40009, 'Only one channel can have a parent_id modified at a time') };
  }
  for (const [i, entry] of entries.entries()) {
    const parent = s.channels.find((c) => c.id === entry.parent_id);
    if (entry.parent_id != null && parent?.type !== CATEGORY) return invalidBody('parent_id');
    if (entry.parent_id != null && found[i]?.type === CATEGORY) return invalidBody('parent_id');
  }
  for (const [i, entry] of entries.entries()) {
    const target = found[i] ?? {};
    const parent = s.channels.find((c) => c.id === entry.parent_id);
    if (entry.lock_permissions === true && reparented.includes(entry) && parent !== undefined) {
      target.permission_overwrites = structuredClone(parent.permission_overwrites ?? []);
    }
    if (typeof entry.position === 'number') target.position = entry.position;
    if ('parent_id' in entry) target.parent_id = entry.parent_id ?? null;
  }
  return noContent;
}

/**
 * Modify Guild Role Positions: each listed role takes the position given and the others keep
 * theirs (never renumbered, so a client that leaves roles out gets ties and gaps; discord.js
 * and Guildhall send every role). Within the bot's reach (403 50013 otherwise): the roles at
 * or above its highest role keep their places at the top of the order, and no other role
 * joins them; an entry leaving such a role where it is, is accepted. Answers every role.
 */
function moveRoles(s: FakeGuildState, q: RecordedRequest): ApiReply {
  if (!Array.isArray(q.body)) return invalidBody('not an array');
  const top = botTop(s);
  const moves = new Map<string, number>();
  for (const entry of q.body.map(bodyObject)) {
    const found = s.roles.find((candidate) => candidate.id === entry.id);
    if (found === undefined) return unknownRole;
    if (found.id === s.guildId || typeof entry.position !== 'number') continue;
    moves.set(str(found.id), entry.position);
  }
  const position = (role: FixtureObject): number => moves.get(str(role.id)) ?? num(role.position);
  const topFirst = (at: (role: FixtureObject) => number): string[] =>
    s.roles
      .filter((candidate) => candidate.id !== s.guildId)
      .sort((a, b) => at(b) - at(a) || (BigInt(str(a.id)) < BigInt(str(b.id)) ? -1 : 1))
      .map((role) => str(role.id));
  const before = topFirst((role) => num(role.position));
  const after = topFirst(position);
  const above = s.roles.filter((role) => role.id !== s.guildId && num(role.position) >= top).length;
  if (before.slice(0, above).some((id, index) => after[index] !== id)) return missingPermissions;
  for (const role of s.roles) role.position = role.id === s.guildId ? 0 : position(role);
  return ok(s.roles);
}

/** Delete Guild Role (204): not @everyone or a managed role (400 50028), below the bot (403). */
function deleteRole(s: FakeGuildState, roleId: string): ApiReply {
  const index = s.roles.findIndex((candidate) => candidate.id === roleId);
  const found = s.roles[index];
  if (found === undefined) return unknownRole;
  if (found.id === s.guildId || found.managed === true)
    return { status: 400, body: discordError(50028, 'Invalid Role') };
  if (num(found.position) >= botTop(s)) return missingPermissions;
  s.roles.splice(index, 1);
  for (const member of s.members) {
    if (Array.isArray(member.roles)) member.roles = member.roles.filter((id) => id !== roleId);
  }
  return noContent;
}

/** The position of the bot's highest role. */
function botTop(s: FakeGuildState): number {
  const bot = s.members.find((member) => bodyObject(member.user).id === s.botUser.id);
  const held = Array.isArray(bot?.roles) ? bot.roles : [];
  return s.roles
    .filter((candidate) => held.includes(candidate.id))
    .reduce((top, c) => Math.max(top, num(c.position)), 0);
}

/** Fields Discord fills in for a new channel of a type. */
function typeDefaults(type: number): FixtureObject {
  if (VOICE_TYPES.includes(type)) return { bitrate: 64_000, user_limit: 0, rate_limit_per_user: 0, nsfw: false };
  if (FORUM_TYPES.includes(type)) {
    return { topic: null, rate_limit_per_user: 0, nsfw: false, available_tags: [], default_sort_order: null };
  }
  return type === CATEGORY ? {} : { topic: null, rate_limit_per_user: 0, nsfw: false };
}

/** `available_tags` with an id for each new tag (and emoji_id null), as Discord stores them. */
function withTagIds(body: FixtureObject): FixtureObject {
  if (!Array.isArray(body.available_tags)) return {};
  return {
    available_tags: body.available_tags.map(bodyObject).map((tag) => ({
      id: typeof tag.id === 'string' ? tag.id : newSnowflake(),
      name: tag.name,
      moderated: tag.moderated ?? false,
      emoji_id: null,
      emoji_name: tag.emoji_name ?? null,
    })),
  };
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}
