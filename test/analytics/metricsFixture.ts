// A small community over four weeks, for metrics computed by hand (see the expected values in
// src/modules/analytics/metrics/metrics.test.ts and test/analytics/readRoutes.test.ts).
import type { Kysely } from 'kysely';
import { analyticsDb, DAY_MS } from '../../src/modules/analytics/AnalyticsTables.js';
import { rebuildActiveDays } from '../../src/modules/analytics/rollups/activeDays.js';
import { rebuildChannelBlocks } from '../../src/modules/analytics/rollups/channelBlocks.js';
import { rebuildMemberActivity } from '../../src/modules/analytics/rollups/memberActivity.js';
import { rebuildMemberStarts } from '../../src/modules/analytics/rollups/memberStarts.js';
import { rebuildResponseCounts } from '../../src/modules/analytics/rollups/responseCounts.js';
import type { CoreTables } from '../../src/store/CoreTables.js';

/** Day 0 of the fixture: Monday 2026-03-02 (UTC). */
export const D0 = Math.floor(Date.parse('2026-03-02T00:00:00Z') / DAY_MS);

/** Epoch ms of day `D0 + offset`, plus hours. */
export const atDay = (offset: number, hours = 0): number => (D0 + offset) * DAY_MS + hours * 3_600_000;

/** Members by letter (user ids). */
export const U = {
  A: '100000000000000001',
  B: '100000000000000002',
  C: '100000000000000003',
  D: '100000000000000004',
  E: '100000000000000005',
  F: '100000000000000006',
  G: '100000000000000007',
  H: '100000000000000008',
  BOT: '100000000000000009',
} as const;

/** Channels X and Y. */
export const X = '200000000000000001';
export const Y = '200000000000000002';

/**
 * Fills the member directory and the rollups (D0 = Monday 2026-03-02):
 *
 * Members (humans; joined → left; first message):
 * - A: 2026-02-01 → —; first message 2026-02-01
 * - B: 2026-02-10 → D8 12:00; first message 2026-02-10
 * - C: D0 10:00 → —; first message D8
 * - D: D2 09:00 → —; first message D2
 * - E: D9 15:00 → D20 08:00; never posted
 * - F: D10 → —; first message D20
 * - G: join unknown (seen only in imported history; never counted as a member); first message D-5
 * - H: 2026-02-20 10:00 → D0 00:00 exactly (still a member at the end of D-1)
 * - BOT: a bot, 2026-02-01 → — (never counted)
 * Members at the end of each day: D-1 3 (A B H), D0–D1 3 (A B C), D2–D7 4, D8 3, D9 4,
 * D10–D19 5, D20–D27 4.
 *
 * Activity (member days; messages/replies/reactions), channel in brackets:
 * - D0: A 6/2/0, B 4/2/0 [X 10/4], C 0/0/2 [X reactions 2]
 * - D2: A 3/1/0, D 3/1/0 [Y 6/2]
 * - D5: D 0/0/1 [Y reactions 1]
 * - D8: C 8/0/0, A 0/0/3 [X 8/0/3]
 * - D13: D 4/1/0 [X 4/1]
 * - D20: F 2/0/0 [Y 2]
 * - D27: A 5/3/0, F 5/2/1 [X 10/5/1]
 * Guild days: joins D0 1, D2 1, D9 1, D10 1; leaves D0 1 (H), D8 1 (B), D20 1 (E).
 *
 * Topics (author, posted → first response):
 * - T1 X, A, D0 10:00 → D0 11:00 (1 h)
 * - T2 X, B, D0 12:00 → D0 15:00 (3 h)
 * - T3 Y, D, D2 09:00 → unanswered
 * - T4 Y, C, D8 08:00 → D8 08:30 (0.5 h)
 * - T5 X, D, D13 10:00 → D14 12:00 (26 h)
 * - T6 X, F, D13 20:00 → D13 22:00 (2 h)
 * - T7 Y, F, D14 00:00 → unanswered
 * @param db - a migrated database
 * @param guildId - the guild
 */
export async function seedMetricsFixture(db: Kysely<CoreTables>, guildId: string): Promise<void> {
  const adb = analyticsDb(db);
  const iso = (s: string): number => Date.parse(s);
  const member = (
    user: string,
    joined: number | null,
    left: number | null,
    firstMessage: number | null,
    bot = 0,
  ): CoreTables['member_directory'] => ({
    guild_id: guildId,
    user_id: user,
    username: user,
    display_name: user,
    bot,
    roles: '[]',
    joined_at: joined,
    left_at: left,
    first_seen_at: joined ?? firstMessage ?? 0,
    first_message_at: firstMessage,
    last_active_at: null,
    updated_at: 0,
  });
  await db
    .insertInto('member_directory')
    .values([
      member(U.A, iso('2026-02-01T10:00:00Z'), null, iso('2026-02-01T11:00:00Z')),
      member(U.B, iso('2026-02-10T10:00:00Z'), atDay(8, 12), iso('2026-02-10T11:00:00Z')),
      member(U.C, atDay(0, 10), null, atDay(8, 9)),
      member(U.D, atDay(2, 9), null, atDay(2, 9.5)),
      member(U.E, atDay(9, 15), atDay(20, 8), null),
      member(U.F, atDay(10, 1), null, atDay(20, 1)),
      member(U.G, null, null, atDay(-5, 1)),
      member(U.H, iso('2026-02-20T10:00:00Z'), atDay(0), null),
      member(U.BOT, iso('2026-02-01T10:00:00Z'), null, iso('2026-02-01T10:00:00Z'), 1),
    ])
    .execute();
  const md = (offset: number, user: string, messages: number, replies: number, reactions: number) => ({
    guild_id: guildId,
    day: D0 + offset,
    user_id: user,
    messages,
    replies,
    reactions,
  });
  await adb
    .insertInto('analytics_member_days')
    .values([
      md(0, U.A, 6, 2, 0),
      md(0, U.B, 4, 2, 0),
      md(0, U.C, 0, 0, 2),
      md(2, U.A, 3, 1, 0),
      md(2, U.D, 3, 1, 0),
      md(5, U.D, 0, 0, 1),
      md(8, U.C, 8, 0, 0),
      md(8, U.A, 0, 0, 3),
      md(13, U.D, 4, 1, 0),
      md(20, U.F, 2, 0, 0),
      md(27, U.A, 5, 3, 0),
      md(27, U.F, 5, 2, 1),
    ])
    .execute();
  const cd = (offset: number, channel: string, messages: number, replies: number, reactions: number) => ({
    guild_id: guildId,
    day: D0 + offset,
    channel_id: channel,
    messages,
    replies,
    reactions,
  });
  await adb
    .insertInto('analytics_channel_days')
    .values([
      cd(0, X, 10, 4, 2),
      cd(2, Y, 6, 2, 0),
      cd(5, Y, 0, 0, 1),
      cd(8, X, 8, 0, 3),
      cd(13, X, 4, 1, 0),
      cd(20, Y, 2, 0, 0),
      cd(27, X, 10, 5, 1),
    ])
    .execute();
  const day = (offset: number, m: number, r: number, re: number, joins: number, leaves: number) => ({
    guild_id: guildId,
    day: D0 + offset,
    messages: m,
    replies: r,
    reactions: re,
    joins,
    leaves,
  });
  await adb
    .insertInto('analytics_days')
    .values([
      day(0, 10, 4, 2, 1, 1),
      day(2, 6, 2, 0, 1, 0),
      day(5, 0, 0, 1, 0, 0),
      day(8, 8, 0, 3, 0, 1),
      day(9, 0, 0, 0, 1, 0),
      day(10, 0, 0, 0, 1, 0),
      day(13, 4, 1, 0, 0, 0),
      day(20, 2, 0, 0, 0, 1),
      day(27, 10, 5, 1, 0, 0),
    ])
    .execute();
  const topic = (id: string, channel: string, author: string, posted: number, answered: number | null) => ({
    guild_id: guildId,
    message_id: id,
    channel_id: channel,
    author_id: author,
    posted_at: posted,
    day: Math.floor(posted / DAY_MS),
    first_response_at: answered,
    responder_id: answered === null ? null : U.A,
  });
  await adb
    .insertInto('analytics_topics')
    .values([
      topic('300000000000000001', X, U.A, atDay(0, 10), atDay(0, 11)),
      topic('300000000000000002', X, U.B, atDay(0, 12), atDay(0, 15)),
      topic('300000000000000003', Y, U.D, atDay(2, 9), null),
      topic('300000000000000004', Y, U.C, atDay(8, 8), atDay(8, 8.5)),
      topic('300000000000000005', X, U.D, atDay(13, 10), atDay(14, 12)),
      topic('300000000000000006', X, U.F, atDay(13, 20), atDay(13, 22)),
      topic('300000000000000007', Y, U.F, atDay(14), null),
    ])
    .execute();
  // What the event handlers would have kept for these member days: DAU / WAU / MAU, each
  // member's active days, their retention / activation marks, the topic counts by response
  // time and the channels' blocks of days.
  await rebuildActiveDays(db, guildId);
  await rebuildMemberActivity(db, guildId);
  await rebuildResponseCounts(db, guildId);
  await rebuildChannelBlocks(db, guildId);
  await rebuildMemberStarts(db, guildId);
}
