import type { Kysely } from 'kysely';
import type { CoreTables } from '../../store/CoreTables.js';
import type { EffectiveRules } from './config/effectiveRules.js';
import { effectiveRules } from './config/effectiveRules.js';
import type { Period } from './config/LeaderboardsConfig.js';
import { creditMember as credit, type Credit, type CreditResult } from './credit/creditMember.js';
import { boardFor, type Board } from './leaderboards/boardFor.js';
import { periodAt, type PeriodWindow } from './leaderboards/periods.js';
import { leaderboard, type PointsStanding } from './queries/leaderboard.js';
import { memberRank, type MemberRank } from './queries/memberRank.js';
import { periodLeaderboard, type Standing } from './queries/periodLeaderboard.js';
import { periodRank, type PeriodRank } from './queries/periodRank.js';
import { RecognitionConfig } from './RecognitionConfig.js';
import { recognitionDb } from './RecognitionTables.js';

/** A leaderboard category as the dashboard lists it. */
export interface LeaderboardCategoryInfo {
  id: string;
  label: string;
  measure: 'count' | 'points';
}

/**
 * What other parts of Guildhall (the dashboard, the benchmark) read from recognition: its
 * leaderboards and ranks, cut by the configured seasons and categories.
 */
export interface RecognitionReadModel {
  /** The points table, categories and seasons in force. */
  readonly rules: EffectiveRules;
  /** Leaderboard categories, `points` first. */
  categories(): LeaderboardCategoryInfo[];
  /** The top members by all-time points (ties by member id). */
  leaderboard(guildId: string, limit: number): Promise<PointsStanding[]>;
  /** A member's all-time points and position, or null without points. */
  memberRank(guildId: string, userId: string): Promise<MemberRank | null>;
  /** The period (week, month, season, all) containing `at`. */
  periodAt(period: Period, at: number): PeriodWindow;
  /** A category's leaderboard for the period containing `at`, ready to show. */
  board(guildId: string, period: Period, category: string, at: number, limit: number): Promise<Board>;
  /** The top members of a stored period key (`week:2026-03-02`, `all` …) and category. */
  periodLeaderboard(guildId: string, periodKey: string, category: string, limit: number): Promise<Standing[]>;
  /** A member's position on a stored period key and category, or null when not on it. */
  periodRank(guildId: string, periodKey: string, category: string, userId: string): Promise<PeriodRank | null>;
}

/**
 * Recognition's read model over a database.
 * @param db - the database (the core's type; recognition's tables are added)
 * @param config - the parsed `recognition:` section (default: recognition's defaults)
 */
export function recognitionReadModel(db: Kysely<CoreTables>, config?: RecognitionConfig): RecognitionReadModel {
  const rules = effectiveRules(config ?? RecognitionConfig.parse(undefined));
  const rdb = recognitionDb(db);
  const hide = (config ?? RecognitionConfig.parse(undefined)).removedMessages.hideBanned;
  return {
    rules,
    categories: () => [
      { id: 'points', label: 'Points', measure: 'points' },
      ...Object.entries(rules.categories).map(([id, rule]) => ({ id, label: rule.label, measure: rule.measure })),
    ],
    leaderboard: (guildId, limit) => leaderboard(rdb, guildId, limit, hide),
    memberRank: (guildId, userId) => memberRank(rdb, guildId, userId, hide),
    periodAt: (period, at) => periodAt(period, at, rules.seasons),
    board: (guildId, period, category, at, limit) => boardFor(rdb, rules, guildId, period, category, at, limit, hide),
    periodLeaderboard: (guildId, periodKey, category, limit) =>
      periodLeaderboard(rdb, guildId, periodKey, category, limit, hide),
    periodRank: (guildId, periodKey, category, userId) => periodRank(rdb, guildId, periodKey, category, userId, hide),
  };
}

/**
 * Writes one credit everywhere live handling does (ledger, member, counters, every period's
 * totals), inside the caller's transaction: for benchmarks and tests that build history
 * without running the engine.
 * @param db - the database or a transaction
 * @param rules - the rules in force (`recognitionReadModel(db, config).rules`)
 * @param guildId - the guild
 * @param what - who, what, how much, because of what
 */
export function creditMember(
  db: Kysely<CoreTables>,
  rules: EffectiveRules,
  guildId: string,
  what: Credit,
): Promise<CreditResult> {
  return credit(recognitionDb(db), rules, guildId, what);
}

/**
 * The parsed `recognition:` section from the loaded modules (recognition's defaults when it
 * is not among them).
 * @param modules - the modules with their parsed sections, as `loadModules` returns them
 */
export function recognitionConfigOf(
  modules: readonly { definition: { id: string }; config: unknown }[],
): RecognitionConfig {
  const loaded = modules.find((m) => m.definition.id === 'recognition');
  // Parsed by RecognitionConfig when the file was loaded.
  return loaded === undefined ? RecognitionConfig.parse(undefined) : (loaded.config as RecognitionConfig);
}
