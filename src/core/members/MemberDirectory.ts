import type { Kysely } from 'kysely';
import type { CoreTables, MemberDirectoryTable } from '../../store/CoreTables.js';
import type { Clock } from '../Clock.js';
import type { DomainEvent } from '../DomainEvent.js';
import { countDirectory, directoryMember, directoryMembers, ID_CHUNK, listDirectory } from './directoryReads.js';
import {
  markUnlistedLeft,
  mergeActivity,
  mergeJoins,
  type Join,
  mergeLeave,
  mergeListed,
  mergeRemembered,
  mergeUpdate,
  type Activity,
  type ListedDirectoryMember,
  type RememberedMember,
} from './directoryWrites.js';
import type {
  DirectoryMember,
  MemberCountOptions,
  MemberDirectoryReader,
  MemberListQuery,
  MemberPage,
} from './MemberDirectoryReader.js';
import { chunks } from '../chunks.js';

/** What a sync from the platform's member list did. */
export interface DirectorySyncResult {
  /** Members written as listed. */
  listed: number;
  /** Present members the list did not name, now marked as left. */
  markedLeft: number;
}

/**
 * The member directory (`member_directory`): one row per member of a guild, kept from the
 * events the engine handles (joins, leaves, updates, messages, reactions) and filled at start
 * from the platform's member list. Modules read it through `ctx.members`; the dashboard reads
 * the same table. Each event costs one upsert; merges are order-independent (times keep the
 * earliest or latest), so replays and imports of older history leave the same rows.
 */
export class MemberDirectory implements MemberDirectoryReader {
  readonly #db: Kysely<CoreTables>;
  readonly #clock: Clock;

  /**
   * @param db - the core database
   * @param clock - for `updated_at`
   */
  constructor(db: Kysely<CoreTables>, clock: Clock) {
    this.#db = db;
    this.#clock = clock;
  }

  /**
   * Whether {@link MemberDirectory.observe} writes anything for this event type.
   * @param type - an event type
   */
  observes(type: string): boolean {
    return OBSERVED_TYPES.has(type);
  }

  /**
   * Updates the directory from one event (inside the caller's unit of work when there is one):
   * `member.joined`, `member.left`, `member.updated`, `message.created`, `reaction.added`;
   * other types are ignored. One statement per event.
   * @param event - an event being handled (live, recovered or replayed)
   */
  async observe(event: DomainEvent): Promise<void> {
    const now = this.#clock.now();
    const { guildId, occurredAt: at } = event;
    if (event.type === 'member.joined') return mergeJoins(this.#db, guildId, [{ member: event.payload, at }], now);
    if (event.type === 'member.left') return mergeLeave(this.#db, guildId, event.payload, at, now);
    if (event.type === 'member.updated') return mergeUpdate(this.#db, guildId, event.payload, at, now);
    const next = activityOf(event);
    if (next !== null) await mergeActivity(this.#db, guildId, [next], now);
  }

  /**
   * Updates the directory from many events (a replay or an import), in their order: joins in a
   * row (of different members) one statement for all, other member events one statement each,
   * messages and reactions merged per member and written in batches. Leaves the same rows as
   * `observe` on each event.
   * @param events - events in log order
   */
  async observeMany(events: Iterable<DomainEvent>): Promise<void> {
    const pending = new Map<string, Map<string, Activity>>();
    // Joins in a row are written together (an import's history is full of them), flushed
    // before any other member event so those apply in log order.
    let joins: { guildId: string; byUser: Map<string, Join> } | null = null;
    const flushJoins = async (): Promise<void> => {
      if (joins === null) return;
      for (const piece of chunks([...joins.byUser.values()], ID_CHUNK)) {
        await mergeJoins(this.#db, joins.guildId, piece, this.#clock.now());
      }
      joins = null;
    };
    const flush = async (): Promise<void> => {
      for (const [guildId, byUser] of pending) {
        const all = [...byUser.values()];
        for (const piece of chunks(all, ID_CHUNK)) {
          await mergeActivity(this.#db, guildId, piece, this.#clock.now());
        }
      }
      pending.clear();
    };
    for (const event of events) {
      if (event.type === 'member.joined') {
        if (joins !== null && (joins.guildId !== event.guildId || joins.byUser.has(event.payload.userId))) {
          await flushJoins();
        }
        joins ??= { guildId: event.guildId, byUser: new Map() };
        joins.byUser.set(event.payload.userId, { member: event.payload, at: event.occurredAt });
        continue;
      }
      const next = activityOf(event);
      if (next === null) {
        await flushJoins();
        await this.observe(event);
        continue;
      }
      let byUser = pending.get(event.guildId);
      if (byUser === undefined) pending.set(event.guildId, (byUser = new Map<string, Activity>()));
      const known = byUser.get(next.userId);
      byUser.set(next.userId, known === undefined ? next : combine(known, next));
    }
    await flushJoins();
    await flush();
  }

  /**
   * Adds members the directory does not know, or fills what it holds only placeholders for
   * (names, bot flag, roles of a member seen by id only; an unknown join time); never
   * overwrites what a live event or the member list said. For the history importer (names
   * of archive authors).
   * @param guildId - the guild
   * @param member - one member, or several (written in batches)
   */
  async remember(guildId: string, member: RememberedMember | readonly RememberedMember[]): Promise<void> {
    const members = uniqueById(Array.isArray(member) ? member : [member as RememberedMember]);
    for (const piece of chunks(members, ID_CHUNK)) {
      await mergeRemembered(this.#db, guildId, piece, this.#clock.now());
    }
  }

  /**
   * Writes the platform's full member list (`Platform.fetchAllMembers`): every listed member
   * as listed and present; present members it does not name (and that nothing wrote since
   * the list was read) are marked as left at `listedAt`. An empty list marks nobody (the bot
   * itself is always a member, so an empty list is a failed read).
   * @param guildId - the guild
   * @param members - every member of the guild
   * @param listedAt - epoch ms the list was read (default: now); pass the time before the read
   */
  async syncFromPlatform(
    guildId: string,
    members: readonly ListedDirectoryMember[],
    listedAt = this.#clock.now(),
  ): Promise<DirectorySyncResult> {
    const unique = uniqueById(members);
    for (const piece of chunks(unique, ID_CHUNK)) {
      await mergeListed(this.#db, guildId, piece, listedAt, this.#clock.now());
    }
    const markedLeft = unique.length === 0 ? 0 : await markUnlistedLeft(this.#db, guildId, listedAt, this.#clock.now());
    return { listed: unique.length, markedLeft };
  }

  /** @inheritDoc */
  get(guildId: string, userId: string): Promise<DirectoryMember | null> {
    return directoryMember(this.#db, guildId, userId);
  }

  /** @inheritDoc */
  getMany(guildId: string, userIds: Iterable<string>): Promise<Map<string, DirectoryMember>> {
    return directoryMembers(this.#db, guildId, userIds);
  }

  /** @inheritDoc */
  async names(guildId: string, userIds: Iterable<string>): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const [userId, member] of await this.getMany(guildId, userIds)) {
      if (member.nameKnown) names.set(userId, member.displayName || member.username);
    }
    return names;
  }

  /** @inheritDoc */
  list(guildId: string, query?: MemberListQuery): Promise<MemberPage> {
    return listDirectory(this.#db, guildId, query);
  }

  /** @inheritDoc */
  count(guildId: string, options?: MemberCountOptions): Promise<number> {
    return countDirectory(this.#db, guildId, options);
  }
}

/** The activity a message or reaction records, null for other events. */
/** The event types the directory learns from: membership, and activity (messages, reactions). */
const OBSERVED_TYPES: ReadonlySet<string> = new Set([
  'member.joined',
  'member.left',
  'member.updated',
  'message.created',
  'reaction.added',
]);

function activityOf(event: DomainEvent): Activity | null {
  const at = event.occurredAt;
  if (event.type === 'message.created') {
    return {
      userId: event.payload.authorId,
      firstAt: at,
      lastAt: at,
      firstMessageAt: at,
      bot: event.payload.authorBot,
    };
  }
  if (event.type === 'reaction.added') {
    return { userId: event.payload.userId, firstAt: at, lastAt: at, firstMessageAt: null, bot: false };
  }
  return null;
}

function combine(a: Activity, b: Activity): Activity {
  const firstMessageAt =
    a.firstMessageAt === null ? b.firstMessageAt : Math.min(a.firstMessageAt, b.firstMessageAt ?? a.firstMessageAt);
  return {
    userId: a.userId,
    firstAt: Math.min(a.firstAt, b.firstAt),
    lastAt: Math.max(a.lastAt, b.lastAt),
    firstMessageAt,
    bot: a.bot || b.bot,
  };
}

/** The last entry per user id (one upsert statement may not touch a row twice). */
function uniqueById<T extends { userId: string }>(members: readonly T[]): T[] {
  return [...new Map(members.map((m) => [m.userId, m])).values()];
}

export type {
  DirectoryMember,
  ListedDirectoryMember,
  MemberCountOptions,
  MemberDirectoryReader,
  MemberDirectoryTable,
  MemberListQuery,
  MemberPage,
  RememberedMember,
};
