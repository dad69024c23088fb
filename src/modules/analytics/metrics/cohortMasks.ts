import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb, DAY_MS, dayOf } from '../AnalyticsTables.js';
import { startColumnOf, startMasksFromDays } from '../rollups/memberStarts.js';
import type { CohortBasis } from './cohorts.js';
import type { DayRange } from './DayRange.js';

/** A cohort member's start day and start mask (rollups/memberStarts.ts: weeks, 30 days, activation). */
export interface CohortMask {
  start: number;
  mask: number;
}

/**
 * The humans whose start day (member directory: join, or first message) falls in a range, each
 * with their start mask. Two index range reads, whatever the cohort's size: the member directory
 * by start time, and the kept rows of `analytics_member_starts` by start day; a member whose
 * kept row is missing or was computed for another start day (not kept yet, or the start moved
 * since) gets the mask computed from their days instead (`startMasksFromDays`). The two reads
 * are matched here rather than joined in SQL: a join probes one side per row of the other
 * unless the planner knows both sizes, which PostgreSQL does not before it has analysed the
 * tables.
 * @param db - the database
 * @param guildId - the guild
 * @param range - the start days
 * @param basis - join or first message
 */
export async function cohortMasks(
  db: Kysely<CoreTables>,
  guildId: string,
  range: DayRange,
  basis: CohortBasis,
): Promise<CohortMask[]> {
  const column = startColumnOf(basis);
  const members = await db
    .selectFrom('member_directory')
    .select(['user_id', column])
    .where('guild_id', '=', guildId)
    .where('bot', '=', 0)
    .where(column, '>=', range.fromDay * DAY_MS)
    .where(column, '<', (range.toDay + 1) * DAY_MS)
    .execute();
  if (members.length === 0) return [];
  const kept = await analyticsDb(db)
    .selectFrom('analytics_member_starts')
    .select(['user_id', 'start_day', 'mask'])
    .where('guild_id', '=', guildId)
    .where('basis', '=', basis)
    .where('start_day', '>=', range.fromDay)
    .where('start_day', '<=', range.toDay)
    .execute();
  const keptBy = new Map(kept.map((k) => [k.user_id, k]));
  const out: CohortMask[] = [];
  const missing: { userId: string; start: number }[] = [];
  for (const m of members) {
    const at = m[column];
    if (at === null) continue;
    const start = dayOf(at);
    const row = keptBy.get(m.user_id);
    if (row !== undefined && row.start_day === start) out.push({ start, mask: row.mask });
    else missing.push({ userId: m.user_id, start });
  }
  if (missing.length > 0) {
    const masks = await startMasksFromDays(db, guildId, missing);
    missing.forEach((m, i) => out.push({ start: m.start, mask: masks[i] ?? 0 }));
  }
  return out;
}
