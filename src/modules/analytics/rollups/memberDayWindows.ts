import { sql, type Kysely, type RawBuilder } from 'kysely';
import { chunks } from '../../../core/chunks.js';
import type { CoreTables } from '../../../store/CoreTables.js';
import { isPostgres } from '../../../store/isPostgres.js';

/** Days of one member to read, both ends included. */
export interface DayWindow {
  userId: string;
  from: number;
  to: number;
}

/** A member's day found in a window. */
export interface WindowDay {
  user_id: string;
  day: number;
  messages: number;
}

/** Windows per statement (three bound values each). */
const WINDOWS_PER_STATEMENT = 200;

/**
 * The read of members' days in up to {@link WINDOWS_PER_STATEMENT} windows (see
 * {@link memberDaysInWindows}).
 * @param db - the database
 * @param guildId - the guild
 * @param piece - the windows
 */
export function windowsRead(
  db: Kysely<CoreTables>,
  guildId: string,
  piece: readonly DayWindow[],
): RawBuilder<WindowDay> {
  const source = isPostgres(db)
    ? sql`unnest(${piece.map((w) => w.userId)}::text[], ${piece.map((w) => w.from)}::int[], ${piece.map((w) => w.to)}::int[]) as w (user_id, from_day, to_day)
        cross join lateral (
          select day, messages from analytics_member_days
          where guild_id = ${guildId} and user_id = w.user_id and day >= w.from_day and day <= w.to_day
          offset 0
        ) m`
    : sql`(select column1 as user_id, column2 as from_day, column3 as to_day
          from (values ${sql.join(piece.map((w) => sql`(${w.userId}, ${w.from}, ${w.to})`))})) as w
        cross join analytics_member_days m
          on m.guild_id = ${guildId} and m.user_id = w.user_id and m.day >= w.from_day and m.day <= w.to_day`;
  return sql<WindowDay>`select w.user_id, m.day, m.messages from ${source}`;
}

/**
 * Members' rows of `analytics_member_days` inside day windows: the windows joined to the
 * `(guild_id, user_id, day)` index, one range read each, 200 windows per statement (a member
 * in two windows gets the days of both). PostgreSQL gets the windows as three arrays
 * (`unnest`) and a `LATERAL` read per window, whatever the planner thinks of the table's size
 * (during an import it grows from nothing and has no statistics yet): `OFFSET 0` keeps the
 * subquery from being pulled up into a join, which PostgreSQL planned as a hash join over all
 * the guild's member days; SQLite as a `VALUES`
 * list, `CROSS JOIN`ed: SQLite never reorders a cross join, so the windows stay the outer loop
 * (with a plain join it scanned the guild's member days once per window: a 250k-message
 * import took 766 s instead of about 25). As an `OR` of one condition per window, PostgreSQL
 * combined 200 bitmap scans per statement: 16.5 s of a 250k-message import, 8.4 s this way
 * (bench/analytics).
 * @param db - the database
 * @param guildId - the guild
 * @param windows - the members' windows
 */
export async function memberDaysInWindows(
  db: Kysely<CoreTables>,
  guildId: string,
  windows: readonly DayWindow[],
): Promise<WindowDay[]> {
  const out: WindowDay[] = [];
  for (const piece of chunks(windows, WINDOWS_PER_STATEMENT)) {
    const { rows } = await windowsRead(db, guildId, piece).execute(db);
    for (const row of rows) out.push(row);
  }
  return out;
}
