import { MemberDirectory, type DirectoryMember } from '../../../core/members/MemberDirectory.js';
import type { GuildSnapshot, ListedMember, PlatformKind } from '../../../platform/Platform.js';
import { snowflakeTime } from '../../../platform/snowflakes.js';
import type { Store } from '../../../store/Store.js';
import { eventNames } from '../eventNames.js';
import type { EventRow } from '../queries/recentEvents.js';
import { summarizeEvent, type EventNames } from '../summarizeEvent.js';
import {
  INACTIVE_AFTER_MS,
  NEW_MEMBER_MS,
  type MemberListItem,
  type MemberProfile,
  type MemberRole,
  type MembersQuery,
  type MembersResponse,
} from './MembersApi.js';
import {
  memberEvents,
  membershipRecords,
  messageStats,
  type MembershipRecord,
  type MessageStats,
} from './memberEventQueries.js';
import { holdsStaffRole } from './staffRoles.js';
import { ttlCache } from './ttlCache.js';

/** What the member pages read from. */
export interface MemberDeps {
  store: Store;
  guildId: string;
  platformKind: PlatformKind;
  now: () => number;
  /**
   * Every member of the guild (`platform.fetchAllMembers`): read only for a sandbox profile's
   * account creation time (on Discord it comes from the user id).
   */
  listMembers: (guildId: string) => Promise<ListedMember[]>;
  /** The guild's roles and channels (`platform.fetchGuild`). */
  fetchGuild: (guildId: string) => Promise<GuildSnapshot>;
  /** Names or ids of the roles that make a member staff (dashboard moderator/admin, moderation staff). */
  staffRoles: readonly string[];
  /** Told when the platform cannot be read. */
  onError?: (error: unknown) => void;
}

const GUILD_TTL_MS = 30_000;
const RECENT_ACTIVITY = 20;

/**
 * Reads the member list and profiles from the member directory (`member_directory`, kept
 * from events and synced with the platform's member list at start), with message counts
 * from the event log for the members shown.
 */
export class MemberReader {
  readonly #deps: MemberDeps;
  readonly #directory: MemberDirectory;
  readonly #staff: ReadonlySet<string>;
  readonly #guild: () => Promise<GuildSnapshot>;

  /** @param deps - store, guild, clock, platform readers, staff roles */
  constructor(deps: MemberDeps) {
    this.#deps = deps;
    this.#directory = new MemberDirectory(deps.store.db, { now: deps.now });
    this.#staff = new Set(deps.staffRoles);
    this.#guild = ttlCache(deps.now, GUILD_TTL_MS, () => deps.fetchGuild(deps.guildId));
  }

  /**
   * One page of the members matching a search and filter.
   * @param query - search, filter, page size and cursor
   */
  async list(query: MembersQuery): Promise<MembersResponse> {
    const { store, guildId } = this.#deps;
    const roles = await this.#roles();
    const now = this.#deps.now();
    const offset = query.cursor === undefined ? 0 : Number(query.cursor);
    const page = await this.#directory.list(guildId, {
      ...(query.search === undefined ? {} : { search: query.search }),
      ...(query.filter === 'new' ? { joinedAfter: now - NEW_MEMBER_MS } : {}),
      ...(query.filter === 'inactive' ? { inactiveSince: now - INACTIVE_AFTER_MS } : {}),
      ...(query.filter === 'staff' ? { anyRole: this.#staffRoleIds(roles) } : {}),
      limit: query.limit,
      offset,
    });
    const stats = await messageStats(
      store,
      guildId,
      page.members.map((m) => m.userId),
    );
    const end = offset + page.members.length;
    return {
      members: page.members.map((m) => this.#item(m, roles, stats)),
      total: page.total,
      nextCursor: end < page.total ? String(end) : null,
    };
  }

  /**
   * A member's profile, or null when neither the directory nor the event log knows them.
   * @param userId - the member
   */
  async profile(userId: string): Promise<MemberProfile | null> {
    const { store, guildId } = this.#deps;
    const [member, records, stats, roles, events, guild] = await Promise.all([
      this.#directory.get(guildId, userId),
      membershipRecords(store, guildId, userId),
      messageStats(store, guildId, [userId]),
      this.#roles(),
      memberEvents(store, guildId, userId, RECENT_ACTIVITY),
      this.#read(this.#guild),
    ]);
    // A departure carries only the username: the last join names them best.
    const known = records.findLast((r) => r.kind === 'joined') ?? records.at(-1);
    if (member === null && known === undefined && !stats.has(userId)) return null;
    const item = this.#item(member ?? fromRecord(guildId, userId, known), roles, stats);
    const names = eventNames(await this.#names(events, userId, item.name), {
      channels: new Map((guild?.channels ?? []).map((c) => [c.id, c.name])),
      roles: new Map([...roles].map(([id, r]) => [id, r.name])),
      memberCount: null,
    });
    return {
      ...item,
      inGuild: member !== null && member.leftAt === null,
      avatarUrl: this.#deps.platformKind === 'discord' ? defaultAvatarUrl(userId) : null,
      accountCreatedAt: known?.accountCreatedAt ?? (await this.#accountCreatedAt(userId)),
      timeline: records.map((r) => ({ kind: r.kind, at: r.at, caughtUp: r.caughtUp })),
      recentActivity: events.map((e) => ({
        id: e.id,
        type: e.type,
        occurredAt: e.occurredAt,
        summary: summarizeEvent(e.type, e.payload, names),
      })),
    };
  }

  #item(
    member: DirectoryMember,
    roles: ReadonlyMap<string, MemberRole>,
    stats: ReadonlyMap<string, MessageStats>,
  ): MemberListItem {
    // Highest first, as Discord lists them; a role the guild no longer shows keeps a short id.
    const held = [
      ...[...roles.values()].filter((r) => member.roles.includes(r.id)),
      ...member.roles.filter((id) => !roles.has(id)).map((id) => ({ id, name: `role …${id.slice(-4)}`, color: 0 })),
    ];
    const messages = stats.get(member.userId);
    const username = member.nameKnown ? member.username : '';
    return {
      userId: member.userId,
      name: (member.nameKnown && member.displayName) || username || `user …${member.userId.slice(-4)}`,
      username,
      bot: member.bot,
      roles: held,
      joinedAt: member.joinedAt,
      lastMessageAt: messages?.lastAt ?? null,
      messageCount: messages?.count ?? 0,
      staff: holdsStaffRole(held, this.#staff),
    };
  }

  /** Ids of the staff roles: the guild's roles named (or with an id) in the list, and the listed ids. */
  #staffRoleIds(roles: ReadonlyMap<string, MemberRole>): string[] {
    const ids = new Set([...this.#staff].filter((role) => /^\d+$/.test(role)));
    for (const role of roles.values()) if (this.#staff.has(role.name)) ids.add(role.id);
    return [...ids];
  }

  /** userId → name for the users the activity names (first pass records them). */
  async #names(events: readonly EventRow[], userId: string, name: string): Promise<Map<string, string>> {
    const ids = new Set<string>();
    const recording: EventNames = {
      ...eventNames(new Map(), { channels: new Map(), roles: new Map(), memberCount: null }),
      user: (id) => {
        if (id !== null) ids.add(id);
        return '';
      },
    };
    for (const e of events) summarizeEvent(e.type, e.payload, recording);
    const names = await this.#directory.names(this.#deps.guildId, ids);
    names.set(userId, name);
    return names;
  }

  /** From the user id on Discord; from the platform's member list elsewhere (the sandbox). */
  async #accountCreatedAt(userId: string): Promise<number | null> {
    if (this.#deps.platformKind === 'discord') return snowflakeTime(userId);
    const listed = await this.#read(() => this.#deps.listMembers(this.#deps.guildId));
    return listed?.find((m) => m.userId === userId)?.accountCreatedAt ?? null;
  }

  /** The guild's roles by id, highest first; empty when the guild cannot be read. */
  async #roles(): Promise<Map<string, MemberRole>> {
    const guild = await this.#read(this.#guild);
    const roles = [...(guild?.roles ?? [])].sort((a, b) => b.position - a.position);
    return new Map(roles.map((r) => [r.id, { id: r.id, name: r.name, color: r.color }]));
  }

  async #read<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (error) {
      this.#deps.onError?.(error);
      return null;
    }
  }
}

/**
 * A member only the event log knows (events recorded before the directory existed), from
 * their last join or departure.
 */
function fromRecord(guildId: string, userId: string, record: MembershipRecord | undefined): DirectoryMember {
  const username = record?.username ?? userId;
  return {
    guildId,
    userId,
    username,
    displayName: record?.name ?? username,
    nameKnown: username !== userId,
    bot: false,
    roles: [],
    joinedAt: record?.kind === 'joined' ? record.at : null,
    leftAt: record?.kind === 'left' ? record.at : null,
    firstSeenAt: record?.at ?? 0,
    firstMessageAt: null,
    lastActiveAt: null,
  };
}

/**
 * Discord's default avatar for a user (the member snapshot carries no avatar hash).
 * @see https://discord.com/developers/docs/reference#image-formatting-cdn-endpoints
 */
function defaultAvatarUrl(userId: string): string {
  return `https://cdn.discordapp.com/embed/avatars/${((BigInt(userId) >> 22n) % 6n).toString()}.png`;
}
