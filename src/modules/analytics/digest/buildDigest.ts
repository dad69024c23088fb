import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { analyticsDb, DAY_MS } from '../AnalyticsTables.js';
import type { Digest } from '../http/DigestApi.js';
import { rangeTotals } from '../metrics/dayTotals.js';
import { isoOfDay, lastCompleteWeek } from '../metrics/DayRange.js';
import { firstResponse } from '../metrics/firstResponse.js';
import { isoWeekKey } from '../reports/reportPeriods.js';
import { topChannels } from '../reports/topChannels.js';

/** What a section waiting for another module says. */
export const PENDING = {
  resourcePick: 'Plugs in when the content module lands (Guildhall does not track shared resources yet).',
  upcomingEvents: 'Plugs in when the events module lands.',
} as const;

/**
 * The weekly digest as of `now`, over the 7 complete UTC days before it (docs/analytics.md,
 * "Weekly digest"): top discussion (busiest channel or thread), member spotlight (most active
 * days, then messages, then lowest id; members who left are skipped), quick wins (joins, first
 * messages, topics answered by the community and how fast). Resource pick and upcoming events
 * say which module they wait for; nothing is made up.
 * @param db - the database
 * @param guildId - the guild
 * @param now - epoch ms (the post time)
 */
export async function buildDigest(db: Kysely<CoreTables>, guildId: string, now: number): Promise<Digest> {
  const range = lastCompleteWeek(now);
  const [top] = await topChannels(db, guildId, range, 1);
  const spotlight = await spotlightOf(db, guildId, range.fromDay, range.toDay);
  const totals = await rangeTotals(db, guildId, range);
  const firstMessages = await db
    .selectFrom('member_directory')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('guild_id', '=', guildId)
    .where('bot', '=', 0)
    .where('first_message_at', '>=', range.fromDay * DAY_MS)
    .where('first_message_at', '<', (range.toDay + 1) * DAY_MS)
    .executeTakeFirst();
  const responses = await firstResponse(db, guildId, range);
  return {
    period: isoWeekKey(now),
    from: isoOfDay(range.fromDay),
    to: isoOfDay(range.toDay),
    topDiscussion:
      top === undefined ? null : { channelId: top.channelId, messages: top.messages, replies: top.replies },
    spotlight,
    resourcePick: { pending: PENDING.resourcePick },
    upcomingEvents: { pending: PENDING.upcomingEvents },
    quickWins: {
      newMembers: totals.joins,
      firstMessages: Number(firstMessages?.n ?? 0),
      topicsAnswered: responses.answered,
      medianFirstResponseHours: responses.medianHours,
    },
  };
}

async function spotlightOf(
  db: Kysely<CoreTables>,
  guildId: string,
  fromDay: number,
  toDay: number,
): Promise<Digest['spotlight']> {
  const rows = await analyticsDb(db)
    .selectFrom('analytics_member_days as d')
    .leftJoin('member_directory as m', (join) =>
      join.onRef('m.guild_id', '=', 'd.guild_id').onRef('m.user_id', '=', 'd.user_id'),
    )
    .select((eb) => [
      'd.user_id',
      eb.fn.max('m.display_name').as('name'),
      eb.fn.countAll<number | string>().as('active_days'),
      eb.fn.sum<number | string>('d.messages').as('messages'),
    ])
    .where('d.guild_id', '=', guildId)
    .where('d.day', '>=', fromDay)
    .where('d.day', '<=', toDay)
    .where('m.left_at', 'is', null)
    .groupBy('d.user_id')
    .orderBy('active_days', 'desc')
    .orderBy('messages', 'desc')
    .orderBy('d.user_id')
    .limit(1)
    .execute();
  const row = rows[0];
  if (row === undefined) return null;
  return {
    userId: row.user_id,
    name: row.name ?? null,
    activeDays: Number(row.active_days),
    messages: Number(row.messages),
  };
}
