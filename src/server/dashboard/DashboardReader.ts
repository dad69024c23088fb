import type { CommunityConfig } from '../../config/CommunityConfig.js';
import { MemberDirectory } from '../../core/members/MemberDirectory.js';
import type { GuildSnapshot, PlatformKind } from '../../platform/Platform.js';
import type { Store } from '../../store/Store.js';
import { guildNameCache, type GuildNames } from './guildNameCache.js';
import type {
  EventDetail,
  EventSummary,
  LeaderboardCategory,
  LeaderboardEntry,
  OverviewResponse,
  PeriodLeaderboardResponse,
} from './DashboardApi.js';
import { eventNames } from './eventNames.js';
import { eventCounts } from './queries/eventCounts.js';
import { eventsByType } from './queries/eventsByType.js';
import { eventsPerHour } from './queries/eventsPerHour.js';
import { handlerFailureCount } from './queries/handlerFailureCount.js';
import {
  recognitionReadModel,
  type RecognitionConfig,
  type RecognitionReadModel,
} from '../../modules/recognition/index.js';
import type { PeriodLeaderboardQuery } from './periodLeaderboardQuery.js';
import { platformMemberNames, type FetchMember } from './platformMemberNames.js';
import { activeLockdown } from './queries/activeLockdown.js';
import { pendingJobCount } from './queries/pendingJobCount.js';
import { recentEvents, type EventRow, type RecentEventsFilter } from './queries/recentEvents.js';
import type { EventNames } from './summarizeEvent.js';
import { summarizeEvent } from './summarizeEvent.js';

/** What the dashboard API reads from. */
export interface DashboardDeps {
  store: Store;
  community: CommunityConfig;
  platformKind: PlatformKind;
  /** The guild this process manages. */
  guildId: string;
  /** Injected clock (epoch ms): the 24-hour window ends at `now()`. */
  now: () => number;
  /**
   * Optional: reads the guild so event summaries can name channels and roles; pass
   * `(id) => platform.fetchGuild(id)`. Without it channels show as short ids.
   */
  fetchGuild?: (guildId: string) => Promise<GuildSnapshot>;
  /**
   * Optional: reads a member from the platform (`(g, u) => platform.fetchMember(g, u)`), for
   * the names of members the member directory knows by id only. Without it they show as
   * short ids.
   */
  fetchMember?: FetchMember;
  /** Told when `fetchGuild` fails (summaries then fall back to ids). */
  onError?: (error: unknown) => void;
  /**
   * The parsed `recognition:` section: its seasons and categories cut the period
   * leaderboards. Without it, recognition's defaults.
   */
  recognition?: RecognitionConfig;
}

/** How many recent events the overview lists. */
const OVERVIEW_RECENT_EVENTS = 15;
/** How many leaderboard positions the overview shows. */
const OVERVIEW_LEADERBOARD = 10;

/** Reads and shapes the dashboard's data: one method per API answer. */
export class DashboardReader {
  readonly #deps: DashboardDeps;
  readonly #guildNames: (version?: number) => Promise<GuildNames>;
  readonly #recognition: RecognitionReadModel;
  readonly #directory: MemberDirectory;
  readonly #platformNames: (userIds: Iterable<string>) => Promise<ReadonlyMap<string, string>>;

  /** @param deps - store, community, platform kind, guild and clock */
  constructor(deps: DashboardDeps) {
    this.#deps = deps;
    this.#recognition = recognitionReadModel(deps.store.db, deps.recognition);
    this.#directory = new MemberDirectory(deps.store.db, { now: deps.now });
    const onError = deps.onError ?? (() => {});
    this.#guildNames = guildNameCache(deps.guildId, deps.now, deps.fetchGuild, onError);
    this.#platformNames = platformMemberNames(deps.guildId, deps.now, deps.fetchMember, onError);
  }

  /** Everything the Overview page shows. */
  async overview(): Promise<OverviewResponse> {
    const { store, community, platformKind, guildId } = this.#deps;
    const db = store.db;
    const counts = await eventCounts(db, guildId);
    const [failures, jobs, memberCount, byType, perHour, recent, standings, guild, lockdown] = await Promise.all([
      handlerFailureCount(db, guildId),
      pendingJobCount(db),
      this.#directory.count(guildId),
      eventsByType(db, guildId),
      eventsPerHour(db, guildId, this.#deps.now()),
      recentEvents(db, guildId, { limit: OVERVIEW_RECENT_EVENTS }),
      this.#recognition.leaderboard(guildId, OVERVIEW_LEADERBOARD),
      // A new event may mean a new member or channel: read the guild again then.
      this.#guildNames(counts.recorded),
      activeLockdown(db, guildId),
    ]);
    const users = await this.#userNames([
      ...usersNamedIn(recent, guild),
      ...standings.map((s) => s.userId),
      ...(lockdown?.startedBy == null ? [] : [lockdown.startedBy]),
    ]);
    const names = eventNames(users, guild);
    return {
      community: { name: community.community.name, guildId, platform: platformKind },
      counts: {
        eventsRecorded: counts.recorded,
        eventsHandled: counts.handled,
        handlerFailures: failures,
        jobsPending: jobs,
        // The platform's count is live; the directory's is as of its last event or sync.
        members: guild.memberCount ?? memberCount,
      },
      eventsByType: byType,
      eventsPerHour: perHour,
      recentEvents: recent.map((row) => toSummary(row, names)),
      leaderboard: standings.map((s) => ({ ...s, name: users.get(s.userId) ?? null })),
      lockdown:
        lockdown === null
          ? null
          : {
              ...lockdown,
              startedByName: lockdown.startedBy === null ? null : (users.get(lockdown.startedBy) ?? null),
            },
    };
  }

  /**
   * The top members by points.
   * @param limit - how many positions
   */
  async leaderboard(limit: number): Promise<LeaderboardEntry[]> {
    const { guildId } = this.#deps;
    const standings = await this.#recognition.leaderboard(guildId, limit);
    const users = await this.#userNames(standings.map((s) => s.userId));
    return standings.map((s) => ({ ...s, name: users.get(s.userId) ?? null }));
  }

  /** The leaderboard categories, `points` first, as recognition names them. */
  leaderboardCategories(): LeaderboardCategory[] {
    return this.#recognition.categories();
  }

  /**
   * A category's leaderboard for the period containing the server's `now()`, read from
   * recognition's period totals.
   * @param query - period, category (must exist) and how many positions
   */
  async periodLeaderboard(query: PeriodLeaderboardQuery): Promise<PeriodLeaderboardResponse> {
    const { guildId } = this.#deps;
    const { period, category, limit } = query;
    const board = await this.#recognition.board(guildId, period, category, this.#deps.now(), limit);
    const categories = this.leaderboardCategories();
    const users = await this.#userNames(board.standings.map((s) => s.userId));
    const { window } = board;
    return {
      period,
      label: window.label,
      start: period === 'all' ? null : window.start,
      end: period === 'all' ? null : window.end,
      category,
      categoryLabel: board.label,
      measure: categories.find((c) => c.id === category)?.measure ?? 'points',
      categories,
      entries: board.standings.map((s) => ({
        rank: s.rank,
        userId: s.userId,
        name: users.get(s.userId) ?? null,
        value: s.value,
      })),
    };
  }

  /**
   * userId → name: the member directory's, else the platform's for the ids the directory
   * cannot name (known by id only, or never seen).
   * @param userIds - the users to be named
   */
  async #userNames(userIds: Iterable<string>): Promise<ReadonlyMap<string, string>> {
    const ids = [...new Set(userIds)];
    const known = await this.#directory.names(this.#deps.guildId, ids);
    const unknown = ids.filter((userId) => !known.has(userId));
    if (unknown.length === 0) return known;
    const found = await this.#platformNames(unknown);
    return found.size === 0 ? known : new Map([...known, ...found]);
  }

  /**
   * The latest events, newest first, with summaries and payloads.
   * @param filter - how many, and optionally which type
   */
  async events(filter: RecentEventsFilter): Promise<EventDetail[]> {
    const { store, guildId } = this.#deps;
    const [rows, guild] = await Promise.all([recentEvents(store.db, guildId, filter), this.#guildNames()]);
    const names = eventNames(await this.#userNames(usersNamedIn(rows, guild)), guild);
    return rows.map((row) => ({
      ...toSummary(row, names),
      recordedAt: row.recordedAt,
      handledAt: row.handledAt,
      payload: parseJson(row.payload),
    }));
  }
}

/**
 * The ids of the users the summaries of `rows` name: a first pass with a resolver that only
 * records them, so their names can be read before the summaries are written.
 */
function usersNamedIn(rows: readonly EventRow[], guild: GuildNames): Set<string> {
  const ids = new Set<string>();
  const recording: EventNames = {
    ...eventNames(new Map(), guild),
    user: (userId) => {
      if (userId !== null) ids.add(userId);
      return '';
    },
  };
  for (const row of rows) summarizeEvent(row.type, row.payload, recording);
  return ids;
}

function toSummary(row: EventRow, names: EventNames): EventSummary {
  return {
    id: row.id,
    type: row.type,
    source: row.source,
    occurredAt: row.occurredAt,
    summary: summarizeEvent(row.type, row.payload, names),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
