import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb } from '../AnalyticsTables.js';
import { chunks } from '../../../core/chunks.js';
import { markActiveDays } from './memberActivity.js';

/** The windows kept in `analytics_active_days`, in days: DAU, WAU, MAU. */
export const ACTIVE_WINDOWS = { dau: 1, wau: 7, mau: 30 } as const;

type Counter = keyof typeof ACTIVE_WINDOWS;
const COUNTERS = Object.keys(ACTIVE_WINDOWS) as Counter[];
const LONGEST = ACTIVE_WINDOWS.mau;

/** The days (both ends included) on which a member newly counts in each window. */
type Spans = Record<Counter, [number, number] | null>;

/**
 * The days on which a member active on day `d` newly counts in each window, given their
 * previous active day `p` (< d) and next active day `n` (> d): window W counts them on day t
 * when they were active in t − W + 1 … t, so `d` adds days max(d, p + W) … min(d + W − 1, n − 1)
 * (days before p + W already counted them through p; days from n on count them through n).
 * @param d - the new active day
 * @param p - their previous active day, or null
 * @param n - their next active day, or null
 */
export function newlyCounted(d: number, p: number | null, n: number | null): Spans {
  const out = {} as Spans;
  for (const key of COUNTERS) {
    const w = ACTIVE_WINDOWS[key];
    const from = p === null ? d : Math.max(d, p + w);
    const to = n === null ? d + w - 1 : Math.min(d + w - 1, n - 1);
    out[key] = from <= to ? [from, to] : null;
  }
  return out;
}

/**
 * Counts a member's new active day (their first activity on `day`, after the row of
 * `analytics_member_days` was created) in DAU / WAU / MAU, exactly whatever the order events
 * arrive in: two index reads of the member's previous and next active days, a multi-row
 * insert of the day rows it touches (conflicts ignored) and one range update; and the day in
 * the member's bit set (`markActiveDays`).
 *
 * Erase (analyticsPrivacy.ts) deletes a member's `analytics_member_days` but keeps these
 * counts: they are guild-wide aggregates with no person in them (SPEC §12). A member who
 * comes back within 30 days of being erased has no previous day any more, so the days
 * their erased activity already counted may count them once more (an over-count of at most
 * one per day, in that window only).
 * @param db - the database (inside the handler's unit of work)
 * @param guildId - the guild
 * @param userId - the member
 * @param day - the UTC day that just became active for them
 */
export async function countNewActiveDay(
  db: Kysely<CoreTables>,
  guildId: string,
  userId: string,
  day: number,
): Promise<void> {
  const adb = analyticsDb(db);
  const near = await adb
    .selectFrom('analytics_member_days')
    .select((eb) => [
      eb
        .selectFrom('analytics_member_days')
        .select((e) => e.fn.max('day').as('p'))
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .where('day', '<', day)
        .as('prev'),
      eb
        .selectFrom('analytics_member_days')
        .select((e) => e.fn.min('day').as('n'))
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .where('day', '>', day)
        .where('day', '<', day + LONGEST)
        .as('next'),
    ])
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .where('day', '=', day)
    .executeTakeFirst();
  await markActiveDays(db, guildId, [{ userId, days: [day] }]);
  const spans = newlyCounted(day, near?.prev ?? null, near?.next ?? null);
  const last = Math.max(...COUNTERS.map((k) => spans[k]?.[1] ?? day));
  const rows = Array.from({ length: last - day + 1 }, (_, i) => ({
    guild_id: guildId,
    day: day + i,
    dau: 0,
    wau: 0,
    mau: 0,
  }));
  await adb
    .insertInto('analytics_active_days')
    .values(rows)
    .onConflict((oc) => oc.columns(['guild_id', 'day']).doNothing())
    .execute();
  const add = (key: Counter) => {
    const span = spans[key];
    return span === null
      ? sql<number>`${sql.ref(key)}`
      : sql<number>`${sql.ref(key)} + (case when day >= ${span[0]} and day <= ${span[1]} then 1 else 0 end)`;
  };
  await adb
    .updateTable('analytics_active_days')
    .set({ dau: add('dau'), wau: add('wau'), mau: add('mau') })
    .where('guild_id', '=', guildId)
    .where('day', '>=', day)
    .where('day', '<=', last)
    .execute();
}

/**
 * Recomputes a guild's `analytics_active_days` from its `analytics_member_days` (the
 * migration's backfill; tests that seed member days directly). Reads the guild's member days
 * in (user, day) order once and adds each day's spans (`newlyCounted`, in day order) to
 * difference arrays.
 * @param db - the database
 * @param guildId - the guild
 */
export async function rebuildActiveDays(db: Kysely<CoreTables>, guildId: string): Promise<void> {
  const adb = analyticsDb(db);
  const rows = await adb
    .selectFrom('analytics_member_days')
    .select(['user_id', 'day'])
    .where('guild_id', '=', guildId)
    .orderBy('user_id')
    .orderBy('day')
    .execute();
  await adb.deleteFrom('analytics_active_days').where('guild_id', '=', guildId).execute();
  if (rows.length === 0) return;
  const delta = new Map<number, Record<Counter, number>>();
  const bump = (day: number, key: Counter, by: number): void => {
    const d = delta.get(day) ?? { dau: 0, wau: 0, mau: 0 };
    d[key] += by;
    delta.set(day, d);
  };
  // As if each member's days arrived in order: a day's previous one is known, no next one yet.
  rows.forEach((r, i) => {
    const before = rows[i - 1];
    const spans = newlyCounted(r.day, before?.user_id === r.user_id ? before.day : null, null);
    for (const key of COUNTERS) {
      const span = spans[key];
      if (span === null) continue;
      bump(span[0], key, 1);
      bump(span[1] + 1, key, -1);
    }
  });
  const days = [...delta.keys()].sort((a, b) => a - b);
  const first = days[0] ?? 0;
  const end = days[days.length - 1] ?? 0;
  const running: Record<Counter, number> = { dau: 0, wau: 0, mau: 0 };
  const out: { guild_id: string; day: number; dau: number; wau: number; mau: number }[] = [];
  for (let day = first; day < end; day += 1) {
    const d = delta.get(day);
    if (d !== undefined) for (const key of COUNTERS) running[key] += d[key];
    if (running.mau > 0) out.push({ guild_id: guildId, day, ...running });
  }
  for (const piece of chunks(out, 500)) await adb.insertInto('analytics_active_days').values(piece).execute();
}
