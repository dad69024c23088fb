import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { chunks } from '../../../core/chunks.js';
import { analyticsDb } from '../AnalyticsTables.js';

/** Users per statement (well under both databases' parameter limits). */
const USERS_PER_STATEMENT = 400;

/** A member's active days as a bit set: bit i of byte j is day origin + 8j + i. */
export interface ActivityBits {
  /** First day of the set, a multiple of 8. */
  origin: number;
  bits: Uint8Array;
}

/**
 * Adds days to a member's bit set, growing it at either end (the origin stays a multiple of 8).
 * @param set - the member's set, or null for none yet
 * @param days - the days to add (at least one)
 */
export function withDays(set: ActivityBits | null, days: readonly number[]): ActivityBits {
  const low = Math.min(...days);
  const high = Math.max(...days);
  const origin = Math.min(set?.origin ?? Infinity, Math.floor(low / 8) * 8);
  const oldEnd = set === null ? origin : set.origin + set.bits.length * 8;
  const end = Math.max(oldEnd, (Math.floor(high / 8) + 1) * 8);
  const bits = new Uint8Array((end - origin) / 8);
  if (set !== null) bits.set(set.bits, (set.origin - origin) / 8);
  for (const day of days) {
    const at = day - origin;
    bits[at >> 3] = (bits[at >> 3] ?? 0) | (1 << (at & 7));
  }
  return { origin, bits };
}

/**
 * Whether a member's set has a day from `from` to `to` (both included).
 * @param set - the member's set
 * @param from - first day
 * @param to - last day
 */
export function activeWithin(set: ActivityBits, from: number, to: number): boolean {
  const first = Math.max(from, set.origin) - set.origin;
  const last = Math.min(to, set.origin + set.bits.length * 8 - 1) - set.origin;
  for (let at = first; at <= last;) {
    const byte = set.bits[at >> 3] ?? 0;
    if ((at & 7) === 0 && at + 7 <= last) {
      if (byte !== 0) return true;
      at += 8;
    } else {
      if ((byte & (1 << (at & 7))) !== 0) return true;
      at += 1;
    }
  }
  return false;
}

/**
 * Adds members' new active days (new rows of `analytics_member_days`) to their bit sets in
 * `analytics_member_activity`: one read and one multi-row upsert per 400 members. Called where
 * new active days are detected (`countNewActiveDay`, `countNewActiveDays`), so the sets hold
 * exactly the days that have a member-day row, whatever the order they arrive in.
 * @param db - the database (inside the handler's or the batch's unit of work)
 * @param guildId - the guild
 * @param members - each member's new active days
 */
export async function markActiveDays(
  db: Kysely<CoreTables>,
  guildId: string,
  members: readonly { userId: string; days: readonly number[] }[],
): Promise<void> {
  const adb = analyticsDb(db);
  const fresh = members.filter((m) => m.days.length > 0);
  for (const piece of chunks(fresh, USERS_PER_STATEMENT)) {
    const rows = await adb
      .selectFrom('analytics_member_activity')
      .select(['user_id', 'origin', 'days'])
      .where('guild_id', '=', guildId)
      .where(
        'user_id',
        'in',
        piece.map((m) => m.userId),
      )
      .execute();
    const known = new Map(rows.map((r) => [r.user_id, { origin: r.origin, bits: r.days }]));
    const writes = piece.map((m) => {
      const set = withDays(known.get(m.userId) ?? null, m.days);
      return { guild_id: guildId, user_id: m.userId, origin: set.origin, days: set.bits };
    });
    await adb
      .insertInto('analytics_member_activity')
      .values(writes)
      .onConflict((oc) =>
        oc.columns(['guild_id', 'user_id']).doUpdateSet((eb) => ({
          origin: eb.ref('excluded.origin'),
          days: eb.ref('excluded.days'),
        })),
      )
      .execute();
  }
}

/**
 * Builds `analytics_member_activity` again from `analytics_member_days` (the migration's
 * backfill; tests and the benchmark that write member days directly): one read of the member
 * days in (guild, member, day) order.
 * @param db - the database
 * @param guildId - only this guild (all guilds when omitted)
 */
export async function rebuildMemberActivity(db: Kysely<CoreTables>, guildId?: string): Promise<void> {
  const adb = analyticsDb(db);
  let remove = adb.deleteFrom('analytics_member_activity');
  if (guildId !== undefined) remove = remove.where('guild_id', '=', guildId);
  await remove.execute();
  let read = adb.selectFrom('analytics_member_days').select(['guild_id', 'user_id', 'day']);
  if (guildId !== undefined) read = read.where('guild_id', '=', guildId);
  const rows = await read.orderBy('guild_id').orderBy('user_id').orderBy('day').execute();
  const out: { guild_id: string; user_id: string; origin: number; days: Uint8Array }[] = [];
  for (let i = 0; i < rows.length;) {
    const first = rows[i];
    if (first === undefined) break;
    const days: number[] = [];
    for (; rows[i]?.guild_id === first.guild_id && rows[i]?.user_id === first.user_id; i += 1) {
      days.push(rows[i]?.day ?? 0);
    }
    const set = withDays(null, days);
    out.push({ guild_id: first.guild_id, user_id: first.user_id, origin: set.origin, days: set.bits });
  }
  for (const piece of chunks(out, 500)) await adb.insertInto('analytics_member_activity').values(piece).execute();
}
