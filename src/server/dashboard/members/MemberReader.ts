import type { GuildSnapshot, ListedMember, MemberSnapshot, PlatformKind } from '../../../platform/Platform.js';
import { snowflakeTime } from '../../../platform/snowflakes.js';
import type { Store } from '../../../store/Store.js';
import { eventNames } from '../eventNames.js';
import type { FetchMember } from '../platformMemberNames.js';
import { memberDirectory } from '../queries/memberDirectory.js';
import { summarizeEvent } from '../summarizeEvent.js';
import type { MemberListItem, MemberProfile, MemberRole, MembersQuery, MembersResponse } from './MembersApi.js';
import {
  memberEvents,
  membershipRecords,
  messageStats,
  type MembershipRecord,
  type MessageStats,
} from './memberEventQueries.js';
import { selectMembers } from './selectMembers.js';
import { holdsStaffRole } from './staffRoles.js';
import { ttlCache } from './ttlCache.js';

/** What the member pages read from. */
export interface MemberDeps {
  store: Store;
  guildId: string;
  platformKind: PlatformKind;
  now: () => number;
  /** Every member of the guild (`platform.fetchAllMembers`); read at most once a minute. */
  listMembers: (guildId: string) => Promise<ListedMember[]>;
  /** One member (`platform.fetchMember`, cache-first), for a profile. */
  fetchMember: FetchMember;
  /** The guild's roles and channels (`platform.fetchGuild`). */
  fetchGuild: (guildId: string) => Promise<GuildSnapshot>;
  /** Names or ids of the roles that make a member staff (dashboard moderator/admin, moderation staff). */
  staffRoles: readonly string[];
  /** Told when the platform cannot be read (the page then falls back to the event log). */
  onError?: (error: unknown) => void;
}

const MEMBER_LIST_TTL_MS = 60_000;
const GUILD_TTL_MS = 30_000;
const RECENT_ACTIVITY = 20;
const UNKNOWN: MembershipRecord = {
  userId: '',
  kind: 'left',
  at: 0,
  caughtUp: false,
  name: null,
  username: null,
  accountCreatedAt: null,
};

/** Reads the member list and profiles: the platform's members joined with the event log. */
export class MemberReader {
  readonly #deps: MemberDeps;
  readonly #staff: ReadonlySet<string>;
  readonly #listed: () => Promise<ListedMember[]>;
  readonly #guild: () => Promise<GuildSnapshot>;

  /** @param deps - store, guild, clock, platform readers, staff roles */
  constructor(deps: MemberDeps) {
    this.#deps = deps;
    this.#staff = new Set(deps.staffRoles);
    this.#listed = ttlCache(deps.now, MEMBER_LIST_TTL_MS, () => deps.listMembers(deps.guildId));
    this.#guild = ttlCache(deps.now, GUILD_TTL_MS, () => deps.fetchGuild(deps.guildId));
  }

  /**
   * One page of the members matching a search and filter.
   * @param query - search, filter, page size and cursor
   */
  async list(query: MembersQuery): Promise<MembersResponse> {
    const { store, guildId } = this.#deps;
    const [listed, records, stats, roles] = await Promise.all([
      this.#read(this.#listed),
      membershipRecords(store, guildId),
      messageStats(store, guildId),
      this.#roles(),
    ]);
    const lastJoin = lastJoins(records);
    const items =
      listed === null
        ? presentFromLog(records).map((r) => this.#item(fromRecord(r), roles, stats, lastJoin))
        : listed.map((m) => this.#item(m, roles, stats, lastJoin));
    return selectMembers(items, query, this.#deps.now());
  }

  /**
   * A member's profile, or null when neither the platform nor the event log knows them.
   * @param userId - the member
   */
  async profile(userId: string): Promise<MemberProfile | null> {
    const { store, guildId } = this.#deps;
    const [member, records, stats, roles, events, directory, guild] = await Promise.all([
      this.#deps.fetchMember(guildId, userId).catch((error: unknown) => {
        this.#deps.onError?.(error);
        return null;
      }),
      membershipRecords(store, guildId, userId),
      messageStats(store, guildId, userId),
      this.#roles(),
      memberEvents(store, guildId, userId, RECENT_ACTIVITY),
      memberDirectory(store.db, guildId),
      this.#read(this.#guild),
    ]);
    // A departure carries only the username: the last join names them best.
    const known = records.findLast((r) => r.kind === 'joined') ?? records.at(-1);
    if (member === null && known === undefined && !stats.has(userId)) return null;
    const snapshot = member ?? fromRecord(known ?? { ...UNKNOWN, userId });
    const listed = (await this.#read(this.#listed))?.find((m) => m.userId === userId);
    const item = this.#item(snapshot, roles, stats, lastJoins(records));
    const names = eventNames(new Map([...directory.names, [userId, item.name]]), {
      channels: new Map((guild?.channels ?? []).map((c) => [c.id, c.name])),
      roles: new Map([...roles].map(([id, r]) => [id, r.name])),
      memberCount: null,
    });
    return {
      ...item,
      inGuild: member !== null,
      avatarUrl: this.#deps.platformKind === 'discord' ? defaultAvatarUrl(userId) : null,
      accountCreatedAt:
        listed?.accountCreatedAt ??
        known?.accountCreatedAt ??
        (this.#deps.platformKind === 'discord' ? snowflakeTime(userId) : null),
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
    member: MemberSnapshot,
    roles: ReadonlyMap<string, MemberRole>,
    stats: ReadonlyMap<string, MessageStats>,
    lastJoin: ReadonlyMap<string, number>,
  ): MemberListItem {
    // Highest first, as Discord lists them; a role the guild no longer shows keeps a short id.
    const held = [
      ...[...roles.values()].filter((r) => member.roles.includes(r.id)),
      ...member.roles.filter((id) => !roles.has(id)).map((id) => ({ id, name: `role …${id.slice(-4)}`, color: 0 })),
    ];
    const messages = stats.get(member.userId);
    return {
      userId: member.userId,
      name: member.displayName || member.username || `user …${member.userId.slice(-4)}`,
      username: member.username,
      bot: member.bot,
      roles: held,
      joinedAt: member.joinedAt > 0 ? member.joinedAt : (lastJoin.get(member.userId) ?? null),
      lastMessageAt: messages?.lastAt ?? null,
      messageCount: messages?.count ?? 0,
      staff: holdsStaffRole(held, this.#staff),
    };
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

/** userId → when they last joined, per the event log. */
function lastJoins(records: readonly MembershipRecord[]): Map<string, number> {
  const joins = new Map<string, number>();
  for (const r of records) if (r.kind === 'joined') joins.set(r.userId, r.at);
  return joins;
}

/** The members whose last membership event is a join (when the platform cannot list them). */
function presentFromLog(records: readonly MembershipRecord[]): MembershipRecord[] {
  const last = new Map<string, MembershipRecord>();
  for (const r of records) last.set(r.userId, r);
  return [...last.values()].filter((r) => r.kind === 'joined');
}

function fromRecord(record: MembershipRecord): MemberSnapshot {
  return {
    userId: record.userId,
    username: record.username ?? '',
    displayName: record.name ?? '',
    bot: false,
    roles: [],
    joinedAt: 0,
    timeoutUntil: null,
  };
}

/**
 * Discord's default avatar for a user (the member snapshot carries no avatar hash).
 * @see https://discord.com/developers/docs/reference#image-formatting-cdn-endpoints
 */
function defaultAvatarUrl(userId: string): string {
  return `https://cdn.discordapp.com/embed/avatars/${((BigInt(userId) >> 22n) % 6n).toString()}.png`;
}
