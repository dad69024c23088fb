import type { EffectiveRules } from '../config/effectiveRules.js';
import type { Period } from '../config/LeaderboardsConfig.js';
import { periodLeaderboard, type Standing } from '../queries/periodLeaderboard.js';
import type { RecognitionDb } from '../RecognitionTables.js';
import { periodAt, type PeriodWindow } from './periods.js';

/** A leaderboard ready to show: which period, which category, and its positions. */
export interface Board {
  window: PeriodWindow;
  category: string;
  /** Title part naming the category, e.g. "Points", "Helpful answers". */
  label: string;
  /** A value as shown: `25 points`, `1 point`, or a bare count for count categories. */
  format: (value: number) => string;
  standings: Standing[];
}

/**
 * Reads the leaderboard of a category for the period containing `at`.
 * @param db - the database
 * @param rules - effective rules (categories, seasons)
 * @param guildId - the guild
 * @param period - week, month, season or all
 * @param category - `points` or a category id (must exist)
 * @param at - a time within the period
 * @param limit - positions
 * @param hideBanned - leave banned members out (`removedMessages.hideBanned`)
 */
export async function boardFor(
  db: RecognitionDb,
  rules: EffectiveRules,
  guildId: string,
  period: Period,
  category: string,
  at: number,
  limit: number,
  hideBanned = false,
): Promise<Board> {
  const window = periodAt(period, at, rules.seasons);
  const rule = rules.categories[category];
  const label = rule?.label ?? 'Points';
  const inPoints = rule === undefined || rule.measure === 'points';
  return {
    window,
    category,
    label,
    format: (value) => (inPoints ? `${value} ${Math.abs(value) === 1 ? 'point' : 'points'}` : String(value)),
    standings: await periodLeaderboard(db, guildId, window.key, category, limit, hideBanned),
  };
}
