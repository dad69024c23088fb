import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DomainEvent } from '../../../core/DomainEvent.js';
import type { CoreTables } from '../../../store/CoreTables.js';
import { chunks } from '../../../core/chunks.js';
import { analyticsDb, DAY_MS, dayOf } from '../AnalyticsTables.js';
import type { FoldedMemberDay } from './RollupFold.js';
import { memberDaysInWindows } from './memberDayWindows.js';

/** What starts a member's cohort: their join, or their first message. */
export type StartBasis = 'join' | 'first-message';

const BASES: readonly StartBasis[] = ['join', 'first-message'];

/** Weeks after a start kept in the mask (the retention heatmap's 12). */
export const START_WEEKS = 12;
/** Days after a start the mask looks at (weeks 0 … 11). */
export const START_WINDOW_DAYS = START_WEEKS * 7;
/** Bit set when active on one of days 1 … 30 after the start. */
export const MONTH_BIT = 2 ** START_WEEKS;
/** The last day of the 30-day window. */
export const MONTH_DAYS = 30;
/** Bit set when a message was posted on the start day or one of the 7 after (activation). */
export const POSTED_BIT = 2 ** (START_WEEKS + 1);
/** The last day of the activation window. */
export const ACTIVATION_DAYS = 7;

/** Users per statement (well under both databases' parameter limits). */
const USERS_PER_STATEMENT = 400;

/** One active day of a member: any activity, and whether they posted a message. */
export interface MarkedDay {
  day: number;
  posted: boolean;
}

/**
 * A member's start mask from their active days (docs/analytics.md, "Kept per member").
 * @param start - the start day
 * @param days - their active days (any order, any range)
 */
export function startMaskOf(start: number, days: Iterable<MarkedDay>): number {
  let mask = 0;
  for (const { day, posted } of days) {
    const offset = day - start;
    if (offset >= 1 && offset <= START_WINDOW_DAYS) mask |= 2 ** Math.floor((offset - 1) / 7);
    if (offset >= 1 && offset <= MONTH_DAYS) mask |= MONTH_BIT;
    if (posted && offset >= 0 && offset <= ACTIVATION_DAYS) mask |= POSTED_BIT;
  }
  return mask;
}

/**
 * The retention bits (0 … 12) of a member's start, probed from `analytics_member_days` on the
 * `(guild_id, user_id, day)` index: the definition, for members whose kept row is missing or
 * was computed for another start day. Null when no day falls in the window.
 * @param guildId - SQL of the member's guild
 * @param userId - SQL of the member
 * @param start - SQL of the start day
 */
export function probedRetentionMask(
  guildId: RawBuilder<unknown>,
  userId: RawBuilder<unknown>,
  start: RawBuilder<unknown>,
): RawBuilder<number | string | null> {
  // SUM of distinct powers of two is their bitwise OR.
  return sql<number | string | null>`(
    SELECT SUM(DISTINCT 1 << CAST((a.day - ${start} - 1) / 7 AS integer))
      + CASE WHEN MIN(a.day) <= ${start} + ${sql.lit(MONTH_DAYS)} THEN ${sql.lit(MONTH_BIT)} ELSE 0 END
    FROM analytics_member_days a
    WHERE a.guild_id = ${guildId} AND a.user_id = ${userId}
      AND a.day > ${start} AND a.day <= ${start} + ${sql.lit(START_WINDOW_DAYS)}
  )`;
}

/**
 * Whether a member posted on their join day or one of the 7 after (1 or 0), probed from
 * `analytics_member_days`: the activation definition.
 * @param guildId - SQL of the member's guild
 * @param userId - SQL of the member
 * @param start - SQL of the join day
 */
export function probedActivated(
  guildId: RawBuilder<unknown>,
  userId: RawBuilder<unknown>,
  start: RawBuilder<unknown>,
): RawBuilder<number> {
  return sql<number>`(CASE WHEN EXISTS (
    SELECT 1 FROM analytics_member_days a
    WHERE a.guild_id = ${guildId} AND a.user_id = ${userId}
      AND a.day >= ${start} AND a.day <= ${start} + ${sql.lit(ACTIVATION_DAYS)} AND a.messages > 0
  ) THEN 1 ELSE 0 END)`;
}

/** The member directory's column holding a basis' start time. */
export function startColumnOf(basis: StartBasis): 'joined_at' | 'first_message_at' {
  return basis === 'join' ? 'joined_at' : 'first_message_at';
}

/**
 * Brings the kept start rows (`analytics_member_starts`) of some members in line after their
 * member days were written: a row whose start day still equals the member directory's gets the
 * bits of the marked days; a missing row, or one whose start moved (a later join, an earlier
 * first message imported), is computed again from the member's days after the start (one
 * index range read for all of them). A start the directory no longer has is deleted. Bits
 * are only ever added for a given start day, so the order days arrive in does not matter.
 * @param db - the database (inside the handler's or the batch's unit of work)
 * @param guildId - the guild
 * @param marks - per member, the active days just written (may be empty: a join)
 */
export async function keepMemberStarts(
  db: Kysely<CoreTables>,
  guildId: string,
  marks: ReadonlyMap<string, readonly MarkedDay[]>,
): Promise<void> {
  for (const users of chunks([...marks.keys()], USERS_PER_STATEMENT)) {
    await keepChunk(db, guildId, users, marks);
  }
}

interface StartRow {
  guild_id: string;
  user_id: string;
  basis: string;
  start_day: number;
  mask: number;
}

async function keepChunk(
  db: Kysely<CoreTables>,
  guildId: string,
  users: readonly string[],
  marks: ReadonlyMap<string, readonly MarkedDay[]>,
): Promise<void> {
  const adb = analyticsDb(db);
  const directory = await adb
    .selectFrom('member_directory')
    .select(['user_id', 'joined_at', 'first_message_at'])
    .where('guild_id', '=', guildId)
    .where('user_id', 'in', users)
    .execute();
  const kept = await adb
    .selectFrom('analytics_member_starts')
    .select(['user_id', 'basis', 'start_day', 'mask'])
    .where('guild_id', '=', guildId)
    .where('user_id', 'in', users)
    .execute();
  const keptBy = new Map(kept.map((k) => [`${k.user_id}:${k.basis}`, k]));
  const writes: StartRow[] = [];
  const recompute: StartRow[] = [];
  const gone: { userId: string; basis: StartBasis }[] = [];
  for (const member of directory) {
    for (const basis of BASES) {
      const at = member[startColumnOf(basis)];
      const row = keptBy.get(`${member.user_id}:${basis}`);
      if (at === null) {
        if (row !== undefined) gone.push({ userId: member.user_id, basis });
        continue;
      }
      const start = dayOf(at);
      if (row === undefined || row.start_day !== start) {
        recompute.push({ guild_id: guildId, user_id: member.user_id, basis, start_day: start, mask: 0 });
        continue;
      }
      const mask = row.mask | startMaskOf(start, marks.get(member.user_id) ?? []);
      if (mask !== row.mask) writes.push({ guild_id: guildId, user_id: member.user_id, basis, start_day: start, mask });
    }
  }
  const masks = await startMasksFromDays(
    db,
    guildId,
    recompute.map((r) => ({ userId: r.user_id, start: r.start_day })),
  );
  recompute.forEach((r, i) => writes.push({ ...r, mask: masks[i] ?? 0 }));
  for (const g of gone) {
    await adb
      .deleteFrom('analytics_member_starts')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', g.userId)
      .where('basis', '=', g.basis)
      .execute();
  }
  if (writes.length === 0) return;
  await adb
    .insertInto('analytics_member_starts')
    .values(writes)
    .onConflict((oc) =>
      oc.columns(['guild_id', 'user_id', 'basis']).doUpdateSet((eb) => ({
        start_day: eb.ref('excluded.start_day'),
        mask: eb.ref('excluded.mask'),
      })),
    )
    .execute();
}

/**
 * Start masks computed from the members' days (`startMaskOf`): each member's days from the
 * start day to 84 days after, one index range read each (`memberDaysInWindows`).
 * @param db - the database
 * @param guildId - the guild
 * @param members - each member and the start day to compute for
 * @returns the masks, in the order of `members`
 */
export async function startMasksFromDays(
  db: Kysely<CoreTables>,
  guildId: string,
  members: readonly { userId: string; start: number }[],
): Promise<number[]> {
  const windows = members.map((m) => ({ userId: m.userId, from: m.start, to: m.start + START_WINDOW_DAYS }));
  const byUser = new Map<string, MarkedDay[]>();
  for (const d of await memberDaysInWindows(db, guildId, windows)) {
    const list = byUser.get(d.user_id) ?? [];
    list.push({ day: d.day, posted: d.messages > 0 });
    byUser.set(d.user_id, list);
  }
  // A member in two windows (both bases) gets the days of both: startMaskOf keeps each start's own.
  return members.map((m) => startMaskOf(m.start, byUser.get(m.userId) ?? []));
}

/**
 * {@link keepMemberStarts} for a replay batch of one guild, after its member days were
 * written: the batch's member days (posted when they hold a message) and its human joiners
 * (a join moves the join start).
 * @param db - the database (inside the batch's unit of work)
 * @param guildId - the guild
 * @param events - the batch's events of the guild
 * @param memberDays - the batch's member days (RollupFold)
 */
export async function keepMemberStartsOfBatch(
  db: Kysely<CoreTables>,
  guildId: string,
  events: readonly DomainEvent[],
  memberDays: readonly FoldedMemberDay[],
): Promise<void> {
  const marks = new Map<string, MarkedDay[]>();
  for (const m of memberDays) {
    const list = marks.get(m.userId) ?? [];
    list.push({ day: m.day, posted: m.counts.messages > 0 });
    marks.set(m.userId, list);
  }
  for (const event of events) {
    if (event.type === 'member.joined' && !event.payload.bot && !marks.has(event.payload.userId))
      marks.set(event.payload.userId, []);
  }
  await keepMemberStarts(db, guildId, marks);
}

/**
 * Computes every kept start row again from the member directory and `analytics_member_days`
 * (the migration's backfill; the benchmark and tests that write member days directly): two
 * `INSERT … SELECT`, one per basis, each member's days probed once.
 * @param db - the database
 * @param guildId - only this guild (all guilds when omitted)
 */
export async function rebuildMemberStarts(db: Kysely<CoreTables>, guildId?: string): Promise<void> {
  const adb = analyticsDb(db);
  let remove = adb.deleteFrom('analytics_member_starts');
  if (guildId !== undefined) remove = remove.where('guild_id', '=', guildId);
  await remove.execute();
  const onlyGuild = guildId === undefined ? sql`` : sql`AND m.guild_id = ${guildId}`;
  for (const basis of BASES) {
    const column = sql.ref(`m.${startColumnOf(basis)}`);
    const g = sql`d.guild_id`;
    const u = sql`d.user_id`;
    const s = sql`d.start`;
    await sql`INSERT INTO analytics_member_starts (guild_id, user_id, basis, start_day, mask)
      SELECT d.guild_id, d.user_id, ${basis}, d.start,
        COALESCE(${probedRetentionMask(g, u, s)}, 0) + ${probedActivated(g, u, s)} * ${sql.lit(POSTED_BIT)}
      FROM (SELECT m.guild_id, m.user_id, ${column} / ${sql.lit(DAY_MS)} AS start FROM member_directory m
            WHERE ${column} IS NOT NULL ${onlyGuild}) d`.execute(db);
  }
}
