import { SnowflakeUtil } from 'discord.js';
import { fakeGuildStructureRoutes } from './fakeGuildStructure.js';
import { fakeScheduledEventRoutes, type FakeScheduledEvents } from './fakeScheduledEvents.js';
import type { FixtureObject } from './fixtures.js';

/** One REST request as Discord would have received it. */
export interface RecordedRequest {
  /** Upper case: `POST`. */
  method: string;
  /** Route without the `/api/v10` prefix and query: `/channels/123/messages`. */
  path: string;
  /** Query string without `?`, '' when none. */
  query: string;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** Parsed JSON body; the raw text when it is not JSON; undefined when there is none. */
  body: unknown;
  /** The body's bytes as sent over HTTP (a multipart upload's: read it with `multipartOf`). */
  raw: Buffer;
  /** A multipart upload through the MockAgent: the form as discord.js built it (`multipartOf` reads it). */
  form: FormData | null;
  /** `X-Audit-Log-Reason`, URL-decoded as Discord does; null when absent. */
  auditLogReason: string | null;
  /** How it arrived: over the HTTP server or through the in-process undici MockAgent. */
  via: 'http' | 'mock-agent';
}

/** What the fake API answers. A `body` of undefined sends no content (use with 204). */
export interface ApiReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Answers a request; `params` are the capture groups of the route's RegExp. */
export type ApiHandler = (request: RecordedRequest, params: string[]) => ApiReply;

/** A route: method (or `*`), exact path or RegExp, handler; `once` routes answer one request. */
export interface ApiRoute {
  method: string;
  path: string | RegExp;
  handler: ApiHandler;
  once: boolean;
}

/** Discord's JSON error body, e.g. `discordError(10007, 'Unknown Member')`. */
export function discordError(code: number, message: string): { code: number; message: string } {
  return { code, message };
}

/** A fresh snowflake (current time), for ids the fake API creates. */
export function newSnowflake(): string {
  return SnowflakeUtil.generate().toString();
}

/** Narrows a JSON body to an object (an empty one when it is not). */
export function bodyObject(body: unknown): FixtureObject {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as FixtureObject) : {};
}

function list(value: unknown): FixtureObject[] {
  return Array.isArray(value) ? value.map(bodyObject) : [];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Everything the default routes need to answer like Discord. */
export interface FakeApiContext {
  gatewayUrl: () => string;
  guild: FixtureObject;
  botUser: FixtureObject;
  applicationId: string;
  /** The guild's invites (Get Guild Invites), with metadata; tests may push to it. */
  invites: FixtureObject[];
  /** The guild's scheduled events and their interested users; tests may change them. */
  scheduledEvents: FakeScheduledEvents;
}

const ok = (body: unknown): ApiReply => ({ status: 200, body });
const noContent: ApiReply = { status: 204 };
const r = (method: string, path: RegExp | string, handler: ApiHandler): ApiRoute => ({
  method,
  path,
  handler,
  once: false,
});

/**
 * Default answers of the fake Discord API, stateful over the test guild: fetches read the
 * GUILD_CREATE data, channel and role creates, edits, deletes and moves and invites update
 * it (see fakeGuildStructure.ts), messages/DMs/threads get fresh ids, member actions, bans,
 * message deletes and interaction callbacks answer 204. Unknown routes are answered 404 by
 * the server. Tests override any of them with `reply`/`route`.
 * @param ctx - gateway URL, guild state, bot user, application id, invites
 */
export function fakeDiscordRoutes(ctx: FakeApiContext): ApiRoute[] {
  const guildId = str(ctx.guild.id);
  const roles = list(ctx.guild.roles);
  const channels = list(ctx.guild.channels);
  const members = list(ctx.guild.members);
  const memberOf = (userId: string) => members.find((m) => str(bodyObject(m.user).id) === userId);
  const inGuild = (id: string | undefined): boolean => id === guildId;
  const unknownGuild: ApiReply = { status: 404, body: discordError(10004, 'Unknown Guild') };
  const G = '(\\d+)';
  return [
    r('GET', '/gateway/bot', () =>
      ok({
        url: ctx.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      }),
    ),
    r('GET', '/gateway', () => ok({ url: ctx.gatewayUrl() })),
    r('GET', '/users/@me', () => ok(ctx.botUser)),
    r('GET', '/applications/@me', () =>
      ok({ id: ctx.applicationId, name: 'Guildhall Test', bot: ctx.botUser, flags: 0 }),
    ),
    r('GET', new RegExp(`^/guilds/${G}$`), (q, [id]) =>
      inGuild(id) ? ok({ ...restGuild(ctx.guild, q.query), roles }) : unknownGuild,
    ),
    r('PATCH', new RegExp(`^/guilds/${G}$`), (q, [id]) => {
      if (!inGuild(id)) return unknownGuild;
      const body = bodyObject(q.body);
      if ('verification_level' in body) {
        const level = body.verification_level;
        if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 4) {
          return { status: 400, body: discordError(50035, 'Invalid Form Body') };
        }
        ctx.guild.verification_level = level;
      }
      return ok({ ...restGuild(ctx.guild, ''), roles });
    }),
    r('PUT', new RegExp(`^/guilds/${G}/incident-actions$`), (q, [id]) => {
      if (!inGuild(id)) return unknownGuild;
      const body = bodyObject(q.body);
      const until = (key: string): string | null | undefined => {
        const value = body[key];
        if (value === null || value === undefined) return value === null ? null : undefined;
        return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
      };
      const invites = until('invites_disabled_until');
      const dms = until('dms_disabled_until');
      const invalid = (key: string): boolean =>
        body[key] !== undefined && body[key] !== null && until(key) === undefined;
      if (invalid('invites_disabled_until') || invalid('dms_disabled_until')) {
        return { status: 400, body: discordError(50035, 'Invalid Form Body') };
      }
      const before = bodyObject(ctx.guild.incidents_data);
      const data = {
        invites_disabled_until: invites === undefined ? (before.invites_disabled_until ?? null) : invites,
        dms_disabled_until: dms === undefined ? (before.dms_disabled_until ?? null) : dms,
      };
      ctx.guild.incidents_data = data;
      return ok(data);
    }),
    r('GET', new RegExp(`^/guilds/${G}/channels$`), (_q, [id]) => (inGuild(id) ? ok(channels) : unknownGuild)),
    // List Guild Members: by user id, `limit` (1–1000, default 1) after `after`; reads the
    // guild's `members` at each request (a test may add or remove some).
    r('GET', new RegExp(`^/guilds/${G}/members$`), (q, [id]) => {
      if (!inGuild(id)) return unknownGuild;
      const query = new URLSearchParams(q.query);
      const after = BigInt(query.get('after') ?? '0');
      const limit = Number(query.get('limit') ?? '1');
      const userId = (m: FixtureObject): bigint => BigInt(str(bodyObject(m.user).id));
      const sorted = list(ctx.guild.members).sort((a, b) => (userId(a) < userId(b) ? -1 : 1));
      return ok(sorted.filter((m) => userId(m) > after).slice(0, limit));
    }),
    r('GET', new RegExp(`^/guilds/${G}/members/${G}$`), (_q, [, userId]) => {
      const member = memberOf(userId ?? '');
      return member === undefined ? { status: 404, body: discordError(10007, 'Unknown Member') } : ok(member);
    }),
    r('PATCH', new RegExp(`^/guilds/${G}/members/${G}$`), (q, [, userId]) => {
      const member = memberOf(userId ?? '');
      if (member === undefined) return { status: 404, body: discordError(10007, 'Unknown Member') };
      Object.assign(member, bodyObject(q.body));
      return ok(member);
    }),
    r('PUT', new RegExp(`^/guilds/${G}/members/${G}/roles/${G}$`), () => noContent),
    r('DELETE', new RegExp(`^/guilds/${G}/members/${G}/roles/${G}$`), () => noContent),
    r('DELETE', new RegExp(`^/guilds/${G}/members/${G}$`), () => noContent),
    r('PUT', new RegExp(`^/guilds/${G}/bans/${G}$`), () => noContent),
    r('DELETE', new RegExp(`^/guilds/${G}/bans/${G}$`), () => noContent),
    ...fakeGuildStructureRoutes({
      guildId,
      guild: ctx.guild,
      channels,
      roles,
      members,
      invites: ctx.invites,
      botUser: ctx.botUser,
    }),
    ...fakeScheduledEventRoutes(guildId, ctx.botUser, ctx.scheduledEvents),
    r('POST', new RegExp(`^/channels/${G}/messages$`), (q, [channelId]) =>
      ok(fakeMessage(channelId ?? '', ctx.botUser, bodyObject(q.body))),
    ),
    r('DELETE', new RegExp(`^/channels/${G}/messages/${G}$`), () => noContent),
    // Edit Message: the fake keeps no messages, so any id is the bot's and answers as edited.
    r('PATCH', new RegExp(`^/channels/${G}/messages/${G}$`), (q, [channelId, messageId]) =>
      ok({
        ...fakeMessage(channelId ?? '', ctx.botUser, bodyObject(q.body)),
        id: messageId ?? '',
        edited_timestamp: new Date().toISOString(),
      }),
    ),
    // Get Channel Messages: the fake keeps no history (tests route one with `channelHistory`).
    r('GET', new RegExp(`^/channels/${G}/messages$`), (_q, [channelId]) =>
      channels.some((c) => c.id === channelId) ? ok([]) : { status: 404, body: discordError(10003, 'Unknown Channel') },
    ),
    r('POST', new RegExp(`^/channels/${G}/(?:messages/${G}/)?threads$`), (q, [parentId, messageId]) =>
      ok({
        type: 11,
        ...bodyObject(q.body),
        id: messageId === undefined || messageId === '' ? newSnowflake() : messageId,
        parent_id: parentId,
        guild_id: guildId,
        owner_id: ctx.botUser.id,
      }),
    ),
    r('POST', '/users/@me/channels', (q) =>
      ok({ id: newSnowflake(), type: 1, recipients: [{ id: bodyObject(q.body).recipient_id }] }),
    ),
    r('PUT', new RegExp(`^/applications/${G}/guilds/${G}/commands$`), (q, [appId, id]) =>
      ok(
        list(q.body).map((command) => ({
          ...command,
          id: newSnowflake(),
          application_id: appId,
          guild_id: id,
          version: newSnowflake(),
        })),
      ),
    ),
    r('POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, () => noContent),
  ];
}

/** Fields only GUILD_CREATE has, not Get Guild. */
const GUILD_CREATE_ONLY = [
  'joined_at',
  'large',
  'unavailable',
  'member_count',
  'voice_states',
  'members',
  'channels',
  'threads',
  'presences',
  'stage_instances',
  'guild_scheduled_events',
  'soundboard_sounds',
  'lazy',
];

/**
 * Get Guild's answer: the guild without GUILD_CREATE's extra fields; with `with_counts=true`,
 * `approximate_member_count` (GUILD_CREATE's `member_count`) and `approximate_presence_count`.
 * @see https://discord.com/developers/docs/resources/guild#get-guild
 */
function restGuild(guild: FixtureObject, query: string): FixtureObject {
  const body = Object.fromEntries(Object.entries(guild).filter(([key]) => !GUILD_CREATE_ONLY.includes(key)));
  if (new URLSearchParams(query).get('with_counts') !== 'true') return body;
  const members = typeof guild.member_count === 'number' ? guild.member_count : list(guild.members).length;
  return { ...body, approximate_member_count: members, approximate_presence_count: 0 };
}

function fakeMessage(channelId: string, author: FixtureObject, body: FixtureObject): FixtureObject {
  return {
    id: newSnowflake(),
    type: 0,
    channel_id: channelId,
    author,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
  };
}
