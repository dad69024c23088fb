import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { ACTIVE_WINDOWS, newlyCounted } from './activeDays.js';
import { markActiveDays } from './memberActivity.js';
import { upsertAddingCounts } from './upsertAddingCounts.js';

type Counter = keyof typeof ACTIVE_WINDOWS;
const COUNTERS = Object.keys(ACTIVE_WINDOWS) as Counter[];
const LONGEST = ACTIVE_WINDOWS.mau;

/** A member's day that just became active, and the member's active days around it already recorded. */
export interface NewActiveDays {
  userId: string;
  /** The member's new active days. */
  days: readonly number[];
  /** Their active days recorded before, within 30 days of a new one (either side). */
  known: readonly number[];
}

/**
 * Counts many members' new active days in DAU / WAU / MAU at once, exactly as
 * `countNewActiveDay` would one at a time (in any order: the counts do not depend on it): each
 * new day adds the spans `newlyCounted` gives from its previous and next active days, summed in
 * difference arrays, then one multi-row upsert per 500 days touched; and the new days in the
 * members' bit sets (`markActiveDays`).
 * @param db - the database (inside the batch's unit of work)
 * @param guildId - the guild
 * @param members - each member's new days and the days known around them
 */
export async function countNewActiveDays(
  db: Kysely<CoreTables>,
  guildId: string,
  members: readonly NewActiveDays[],
): Promise<void> {
  await markActiveDays(db, guildId, members);
  const delta = new Map<number, Record<Counter, number>>();
  const touched = new Set<number>();
  const bump = (day: number, key: Counter, by: number): void => {
    const d = delta.get(day) ?? { dau: 0, wau: 0, mau: 0 };
    d[key] += by;
    delta.set(day, d);
  };
  for (const member of members) {
    const seen = [...member.known].sort((a, b) => a - b);
    for (const day of [...member.days].sort((a, b) => a - b)) {
      // Earlier new days are in `seen` by now; every later active day is a known one.
      const prev = seen.findLast((d) => d < day) ?? null;
      const next = seen.find((d) => d > day && d < day + LONGEST) ?? null;
      const spans = newlyCounted(day, prev, next);
      let last = day;
      for (const key of COUNTERS) {
        const span = spans[key];
        if (span === null) continue;
        bump(span[0], key, 1);
        bump(span[1] + 1, key, -1);
        last = Math.max(last, span[1]);
      }
      for (let d = day; d <= last; d += 1) touched.add(d);
      seen.splice(sortedIndex(seen, day), 0, day);
    }
  }
  if (touched.size === 0) return;
  const days = [...new Set([...touched, ...delta.keys()])].sort((a, b) => a - b);
  const running: Record<Counter, number> = { dau: 0, wau: 0, mau: 0 };
  const rows: { guild_id: string; day: number; dau: number; wau: number; mau: number }[] = [];
  for (const day of days) {
    const d = delta.get(day);
    if (d !== undefined) for (const key of COUNTERS) running[key] += d[key];
    if (touched.has(day)) rows.push({ guild_id: guildId, day, ...running });
  }
  await upsertAddingCounts(db, 'analytics_active_days', ['guild_id', 'day'], COUNTERS, rows);
}

function sortedIndex(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
