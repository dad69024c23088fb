import { GatewayDispatchEvents, type Client } from 'discord.js';
import { z } from 'zod';
import type { Clock } from '../../core/Clock.js';
import type { Logger } from '../../core/Logger.js';
import type { MemberSnapshot } from '../Platform.js';
import { gatewayUser, guildScoped } from './gatewaySchemas.js';
import { memberPayload, memberSnapshotOf } from './memberSnapshot.js';
import { gatewayMemberState } from './gatewayMemberState.js';
import type { CachedMember } from './NormaliseContext.js';

/** The gateway dispatches that feed a {@link MemberCache}. */
export const MEMBER_CACHE_DISPATCHES = [
  GatewayDispatchEvents.Ready,
  GatewayDispatchEvents.GuildCreate,
  GatewayDispatchEvents.GuildDelete,
  GatewayDispatchEvents.GuildMemberAdd,
  GatewayDispatchEvents.GuildMemberUpdate,
  GatewayDispatchEvents.GuildMemberRemove,
  GatewayDispatchEvents.GuildMembersChunk,
  GatewayDispatchEvents.MessageCreate,
  GatewayDispatchEvents.InteractionCreate,
  GatewayDispatchEvents.MessageReactionAdd,
  GatewayDispatchEvents.VoiceStateUpdate,
] as const;

/** One of {@link MEMBER_CACHE_DISPATCHES}. */
export type MemberCacheDispatch = (typeof MEMBER_CACHE_DISPATCHES)[number];

/** Dispatches that only carry a member beside something else: an unreadable one is skipped. */
const EMBEDDED_MEMBER_DISPATCHES: ReadonlySet<MemberCacheDispatch> = new Set([
  GatewayDispatchEvents.MessageCreate,
  GatewayDispatchEvents.InteractionCreate,
  GatewayDispatchEvents.MessageReactionAdd,
  GatewayDispatchEvents.VoiceStateUpdate,
]);

/** Members kept at most by default; the least recently used go first. */
export const DEFAULT_MEMBER_CACHE_SIZE = 100_000;
/** How long "not in the guild" is trusted (from a 404 or GUILD_MEMBER_REMOVE). */
export const ABSENT_MEMBER_TTL_MS = 60_000;

/** How a {@link MemberCache} is set up. */
export interface MemberCacheOptions {
  /** The configured guild: the only one cached. */
  guildId: string;
  log: Logger;
  /** For the expiry of absent entries. */
  clock: Clock;
  /** Most members kept (default {@link DEFAULT_MEMBER_CACHE_SIZE}). */
  maxMembers?: number;
}

/**
 * One cached member, flat (an entry per member of a guild of 100,000 is where the adapter's
 * memory goes, bench/memory): what the gateway said is kept in fields, not in an object of
 * its own, and role-id lists are shared between members holding the same roles.
 */
interface Entry {
  /** Null: known not to be in the guild. */
  member: MemberSnapshot | null;
  /** Epoch ms until which an absent entry is trusted; 0 for a member (always trusted). */
  absentUntil: number;
  /** Sequence of the dispatch or note that last set it. */
  setAt: number;
  /**
   * What the gateway itself last said of the member (dispatches only, never Guildhall's own
   * notes or REST answers): what a GUILD_MEMBER_UPDATE is compared against ({@link seen}).
   * Undefined roles: the gateway said nothing of them.
   */
  gatewayRoles: string[] | undefined;
  gatewayNickname: string | null;
  gatewayPending: boolean;
  gatewayJoinedAt: number | null;
}

/** The role-id lists shared at most; past it the shared lists start again (members keep theirs). */
const MAX_ROLE_SETS = 10_000;
const NO_ROLES: string[] = [];

const withId = z.object({ id: z.string() });
const guildCreate = z.object({ id: z.string(), members: z.array(z.unknown()).default([]) });
/**
 * GUILD_MEMBER_REMOVE's user id. Schemas are built once, at module scope: a schema built per
 * member cost a compiled parser each (about 190 MB of RSS at 100,000 members, bench/memory).
 */
const memberUser = z.object({ user: withId });
const membersChunk = z.object({ members: z.array(z.unknown()).default([]) });
const messageCreate = z.object({
  author: gatewayUser,
  member: z.unknown().optional(),
  webhook_id: z.string().optional(),
});
/** INTERACTION_CREATE, MESSAGE_REACTION_ADD and VOICE_STATE_UPDATE: a full member (with its user), if any. */
const withMember = z.object({ member: z.unknown().optional() });

/**
 * The configured guild's members as the gateway last described them, so `fetchMember`
 * needs no request for a member Discord told us about: primed by GUILD_CREATE's member list,
 * kept by GUILD_MEMBER_ADD/UPDATE/REMOVE and GUILD_MEMBERS_CHUNK, and filled in by the
 * members embedded in MESSAGE_CREATE, INTERACTION_CREATE, MESSAGE_REACTION_ADD and
 * VOICE_STATE_UPDATE (as discord.js's member cache was). Misses are answered over REST by the
 * platform, which notes the answer here (a 404 as "absent", trusted for
 * {@link ABSENT_MEMBER_TTL_MS}), as it notes its own writes (roles, timeouts, kicks, bans).
 * A note is only applied when no dispatch touched the member since the request was sent
 * ({@link mark}): a later dispatch is at least as new.
 *
 * Size is bounded (least recently used first out). Before GUILD_CREATE, after READY
 * (a new session may have missed events) or GUILD_DELETE, and after an unreadable member
 * dispatch, nothing is cached and every read goes over REST.
 */
export class MemberCache {
  readonly #client: Client;
  readonly #guildId: string;
  readonly #log: Logger;
  readonly #clock: Clock;
  readonly #maxMembers: number;
  readonly #listeners: [MemberCacheDispatch, (data: unknown) => void][] = [];
  /** User id → entry, least recently used first. */
  readonly #entries = new Map<string, Entry>();
  /** Role-id lists by their ids joined: one list per set of roles, shared by its members. */
  readonly #roleSets = new Map<string, string[]>();
  #primed = false;
  /** Sequence of the GUILD_CREATE that primed the cache. */
  #primedAt = 0;
  /** Counts applied dispatches; {@link mark} hands it out. */
  #sequence = 0;

  /**
   * @param client - the discord.js client whose raw dispatches (`client.ws`) feed the cache
   * @param options - the configured guild, logger, clock and size bound
   */
  constructor(client: Client, options: MemberCacheOptions) {
    this.#client = client;
    this.#guildId = options.guildId;
    this.#log = options.log;
    this.#clock = options.clock;
    this.#maxMembers = options.maxMembers ?? DEFAULT_MEMBER_CACHE_SIZE;
  }

  /** Starts listening; attach before login so READY and GUILD_CREATE are seen. */
  attach(): void {
    for (const name of MEMBER_CACHE_DISPATCHES) {
      const listener = (data: unknown): void => this.apply(name, data);
      this.#client.ws.on(name, listener);
      this.#listeners.push([name, listener]);
    }
  }

  /** Stops listening and forgets every member. */
  detach(): void {
    for (const [name, listener] of this.#listeners) this.#client.ws.removeListener(name, listener);
    this.#listeners.length = 0;
    this.#forget();
  }

  /** Members (and absences) cached now. */
  get size(): number {
    return this.#entries.size;
  }

  /**
   * Applies one dispatch. An unreadable member dispatch makes the cache forget everything
   * until the next GUILD_CREATE; an unreadable member in a message or interaction is skipped.
   * @param name - the dispatch (`t`)
   * @param data - its payload (`d`)
   */
  apply(name: MemberCacheDispatch, data: unknown): void {
    this.#sequence += 1;
    try {
      this.#apply(name, data);
    } catch (error) {
      if (EMBEDDED_MEMBER_DISPATCHES.has(name)) return;
      this.#forget();
      this.#log.warn(
        { err: error, dispatch: name },
        'discord: unreadable member payload; members are read over REST until the next GUILD_CREATE',
      );
    }
  }

  /**
   * What the cache knows of a member: the snapshot (timeout as stored), null when known not
   * to be in the guild, undefined when unknown (ask REST).
   * @param guildId - the guild (only the configured one is cached)
   * @param userId - the user
   */
  get(guildId: string, userId: string): MemberSnapshot | null | undefined {
    if (!this.#primed || guildId !== this.#guildId) return undefined;
    const entry = this.#entries.get(userId);
    if (entry === undefined) return undefined;
    this.#entries.delete(userId);
    if (entry.member === null && entry.absentUntil <= this.#clock.now()) return undefined;
    this.#entries.set(userId, entry);
    return entry.member;
  }

  /**
   * The member as the gateway last described them (roles, nickname, screening, join time),
   * or null when it did not (yet): what normalisers compare a member dispatch against. The
   * gateway relay reads it before the cache applies the dispatch being normalised (it listens
   * first). Guildhall's own writes and REST answers do not change it, as they did not change
   * discord.js's member cache, which this replaces (one copy of the guild's members).
   * @param userId - the user
   */
  seen(userId: string): CachedMember | null {
    if (!this.#primed) return null;
    return this.#gatewayOf(userId) ?? null;
  }

  /** Where the dispatch stream stands: take it before a request and pass it to `note…`. */
  mark(): number {
    return this.#sequence;
  }

  /**
   * Notes what Get Guild Member answered: the member, or null for "not in the guild".
   * @param guildId - the guild
   * @param userId - the user asked for
   * @param member - the answer
   * @param since - {@link mark} taken before the request
   */
  noteFetched(guildId: string, userId: string, member: MemberSnapshot | null, since: number): void {
    if (this.#untouchedSince(guildId, userId, since)) this.#store(userId, member, this.#gatewayOf(userId));
  }

  /**
   * Notes a role Discord gave or took (Add / Remove Guild Member Role answer 204).
   * @param guildId - the guild
   * @param userId - the member
   * @param roleId - the role
   * @param has - whether the member has it now
   * @param since - {@link mark} taken before the request
   */
  noteRole(guildId: string, userId: string, roleId: string, has: boolean, since: number): void {
    const member = this.#known(guildId, userId, since);
    if (member === null) return;
    const roles = member.roles.filter((id) => id !== roleId);
    this.#store(userId, { ...member, roles: has ? [...roles, roleId] : roles }, this.#gatewayOf(userId));
  }

  /**
   * Notes a timeout Discord applied or lifted.
   * @param guildId - the guild
   * @param userId - the member
   * @param until - epoch ms, or null when lifted
   * @param since - {@link mark} taken before the request
   */
  noteTimeout(guildId: string, userId: string, until: number | null, since: number): void {
    const member = this.#known(guildId, userId, since);
    if (member !== null) this.#store(userId, { ...member, timeoutUntil: until }, this.#gatewayOf(userId));
  }

  /**
   * Notes that a member left through Guildhall (kick, ban).
   * @param guildId - the guild
   * @param userId - the user
   * @param since - {@link mark} taken before the request
   */
  noteRemoved(guildId: string, userId: string, since: number): void {
    if (this.#untouchedSince(guildId, userId, since)) this.#store(userId, null, undefined);
  }

  #apply(name: MemberCacheDispatch, data: unknown): void {
    switch (name) {
      case GatewayDispatchEvents.Ready:
        this.#forget();
        return;
      case GatewayDispatchEvents.GuildCreate:
        this.#prime(data);
        return;
      case GatewayDispatchEvents.GuildDelete:
        if (withId.parse(data).id === this.#guildId) this.#forget();
        return;
      case GatewayDispatchEvents.GuildMemberAdd:
      case GatewayDispatchEvents.GuildMemberUpdate:
        if (this.#scoped(data)) this.#storeMember(data);
        return;
      case GatewayDispatchEvents.GuildMemberRemove:
        if (this.#scoped(data)) this.#store(memberUser.parse(data).user.id, null, undefined);
        return;
      case GatewayDispatchEvents.GuildMembersChunk:
        if (this.#scoped(data)) for (const member of membersChunk.parse(data).members) this.#storeMember(member);
        return;
      case GatewayDispatchEvents.MessageCreate: {
        if (!this.#scoped(data)) return;
        const message = messageCreate.parse(data);
        if (message.member !== undefined && message.webhook_id === undefined) {
          this.#storeMember(message.member, message.author);
        }
        return;
      }
      case GatewayDispatchEvents.InteractionCreate:
      case GatewayDispatchEvents.MessageReactionAdd:
      case GatewayDispatchEvents.VoiceStateUpdate: {
        const member = this.#scoped(data) ? withMember.parse(data).member : undefined;
        if (member !== undefined && member !== null) this.#storeMember(member);
        return;
      }
    }
  }

  #prime(data: unknown): void {
    const guild = guildCreate.parse(data);
    if (guild.id !== this.#guildId) return;
    this.#entries.clear();
    this.#primed = true;
    this.#primedAt = this.#sequence;
    for (const member of guild.members) this.#storeMember(member);
  }

  /** Stores a member object from a dispatch, over what was known of them. */
  #storeMember(data: unknown, author?: z.infer<typeof gatewayUser>): void {
    // Read once, for the snapshot and for what the gateway said.
    const d = memberPayload.parse(data);
    const userId = d.user?.id ?? author?.id;
    const entry = userId === undefined ? undefined : this.#entries.get(userId);
    const member = memberSnapshotOf(d, entry?.member ?? null, author);
    if (member === null) return;
    this.#store(member.userId, member, gatewayMemberState(d, gatewayState(entry), member.roles));
  }

  /** What the gateway said of a member before a note (kept by the note). */
  #gatewayOf(userId: string): CachedMember | undefined {
    return gatewayState(this.#entries.get(userId));
  }

  #store(userId: string, member: MemberSnapshot | null, gateway: CachedMember | undefined): void {
    const absentUntil = member === null ? this.#clock.now() + ABSENT_MEMBER_TTL_MS : 0;
    const stored = member === null ? null : { ...member, roles: this.#shared(member.roles) };
    this.#entries.delete(userId);
    this.#entries.set(userId, {
      member: stored,
      absentUntil,
      setAt: this.#sequence,
      gatewayRoles: gateway === undefined ? undefined : this.#shared(gateway.roles),
      gatewayNickname: gateway?.nickname ?? null,
      gatewayPending: gateway?.pending ?? false,
      gatewayJoinedAt: gateway?.joinedAt ?? null,
    });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxMembers) break;
      this.#entries.delete(oldest);
    }
  }

  /**
   * The one list of these role ids that members share (never changed in place: a change of
   * roles stores a new list; readers get copies, `withCurrentTimeout`).
   */
  #shared(roles: string[]): string[] {
    if (roles.length === 0) return NO_ROLES;
    const key = roles.join(',');
    const known = this.#roleSets.get(key);
    if (known !== undefined) return known;
    if (this.#roleSets.size >= MAX_ROLE_SETS) this.#roleSets.clear();
    this.#roleSets.set(key, roles);
    return roles;
  }

  /** The cached member a write may be noted on, or null. */
  #known(guildId: string, userId: string, since: number): MemberSnapshot | null {
    if (!this.#untouchedSince(guildId, userId, since)) return null;
    return this.#entries.get(userId)?.member ?? null;
  }

  #untouchedSince(guildId: string, userId: string, since: number): boolean {
    if (!this.#primed || guildId !== this.#guildId || this.#primedAt > since) return false;
    return (this.#entries.get(userId)?.setAt ?? 0) <= since;
  }

  /** Whether `data` belongs to the configured guild while the cache is primed. */
  #scoped(data: unknown): boolean {
    return this.#primed && guildScoped.safeParse(data).data?.guild_id === this.#guildId;
  }

  #forget(): void {
    this.#primed = false;
    this.#entries.clear();
    this.#roleSets.clear();
  }
}

/** What the gateway said of a member, as normalisers read it (undefined: nothing yet). */
function gatewayState(entry: Entry | undefined): CachedMember | undefined {
  if (entry?.gatewayRoles === undefined) return undefined;
  return {
    roles: entry.gatewayRoles,
    nickname: entry.gatewayNickname,
    pending: entry.gatewayPending,
    joinedAt: entry.gatewayJoinedAt,
  };
}
