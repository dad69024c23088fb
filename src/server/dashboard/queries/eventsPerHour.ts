import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { HourlyCount } from '../DashboardApi.js';

const HOUR_MS = 3_600_000;

/**
 * Counts a guild's events per hour over the 24 hours ending with the current hour, oldest
 * first, with empty hours as zero. The bucket is computed in SQL with integer arithmetic on
 * `occurred_at` so it runs unchanged on SQLite and PostgreSQL.
 * @param db - the store's database
 * @param guildId - the guild whose events are counted
 * @param now - epoch ms taken from the injected clock
 */
export async function eventsPerHour(db: Kysely<CoreTables>, guildId: string, now: number): Promise<HourlyCount[]> {
  const currentHour = now - (now % HOUR_MS);
  const from = currentHour - 23 * HOUR_MS;
  // A literal, not a bind parameter: PostgreSQL only matches the select expression to the
  // group-by expression when both are textually identical.
  const bucket = sql<number | string>`${sql.ref('occurred_at')} - (${sql.ref('occurred_at')} % ${sql.lit(HOUR_MS)})`;
  const rows = await db
    .selectFrom('event_log')
    .select((eb) => [bucket.as('hour'), eb.fn.countAll<number | string>().as('count')])
    .where('guild_id', '=', guildId)
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', currentHour + HOUR_MS)
    .groupBy(bucket)
    .execute();
  const byHour = new Map(rows.map((row) => [Number(row.hour), Number(row.count)]));
  return Array.from({ length: 24 }, (_, i) => {
    const hour = from + i * HOUR_MS;
    return { hour, count: byHour.get(hour) ?? 0 };
  });
}
