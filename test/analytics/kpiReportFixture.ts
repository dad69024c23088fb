import { migrateAll } from '../../src/app/openAndMigrate.js';
import { analyticsDb } from '../../src/modules/analytics/AnalyticsTables.js';
import { rebuildActiveDays } from '../../src/modules/analytics/rollups/activeDays.js';
import { rebuildChannelBlocks } from '../../src/modules/analytics/rollups/channelBlocks.js';
import { rebuildMemberActivity } from '../../src/modules/analytics/rollups/memberActivity.js';
import { rebuildMemberStarts } from '../../src/modules/analytics/rollups/memberStarts.js';
import { rebuildResponseCounts } from '../../src/modules/analytics/rollups/responseCounts.js';
import type { Store } from '../../src/store/Store.js';

/** The fixture's guild. */
export const GUILD = '900000000000000001';

const at = (iso: string): number => Date.parse(iso);
const dayOfIso = (iso: string): number => Math.floor(at(`${iso}T00:00:00Z`) / 86_400_000);

/**
 * A small community's rollups around Tuesday 2026-03-03, for hand-computed report figures:
 * members u1, u2 (old), u3 (joined on the 3rd), u4 (left on the 3rd), a bot; 40 messages on the
 * 3rd (30 in c1, 10 in c2), 20 on 2026-02-25; two topics on the 3rd (one answered in 30 min);
 * one open critical alert.
 * @param store - a migrated store
 */
export async function seedReportFixture(store: Store): Promise<void> {
  await migrateAll(store);
  const db = analyticsDb(store.db);
  const member = (user: string, joined: string, left: string | null, bot = 0) => ({
    guild_id: GUILD,
    user_id: user,
    username: user,
    display_name: user.toUpperCase(),
    bot,
    roles: '[]',
    joined_at: at(joined),
    left_at: left === null ? null : at(left),
    first_seen_at: at(joined),
    first_message_at: null,
    last_active_at: null,
    updated_at: at(joined),
  });
  await db
    .insertInto('member_directory')
    .values([
      member('100000000000000001', '2026-01-01T10:00:00Z', null),
      member('100000000000000002', '2026-02-01T10:00:00Z', null),
      { ...member('100000000000000003', '2026-03-03T08:00:00Z', null), first_message_at: at('2026-03-03T09:00:00Z') },
      member('100000000000000004', '2026-01-15T10:00:00Z', '2026-03-03T14:00:00Z'),
      member('100000000000000009', '2026-01-01T10:00:00Z', null, 1),
    ])
    .execute();
  const d3 = dayOfIso('2026-03-03');
  const d25 = dayOfIso('2026-02-25');
  await db
    .insertInto('analytics_days')
    .values([
      { guild_id: GUILD, day: d3, messages: 40, replies: 10, reactions: 5, joins: 1, leaves: 1 },
      { guild_id: GUILD, day: d25, messages: 20, replies: 0, reactions: 0, joins: 2, leaves: 0 },
    ])
    .execute();
  await db
    .insertInto('analytics_member_days')
    .values([
      { guild_id: GUILD, day: d3, user_id: '100000000000000001', messages: 30, replies: 8, reactions: 0 },
      { guild_id: GUILD, day: d3, user_id: '100000000000000002', messages: 10, replies: 2, reactions: 0 },
      { guild_id: GUILD, day: d3, user_id: '100000000000000003', messages: 0, replies: 0, reactions: 5 },
      { guild_id: GUILD, day: d25, user_id: '100000000000000001', messages: 20, replies: 0, reactions: 0 },
    ])
    .execute();
  await db
    .insertInto('analytics_channel_days')
    .values([
      { guild_id: GUILD, day: d3, channel_id: '200000000000000001', messages: 30, replies: 8, reactions: 5 },
      { guild_id: GUILD, day: d3, channel_id: '200000000000000002', messages: 10, replies: 2, reactions: 0 },
      { guild_id: GUILD, day: d25, channel_id: '200000000000000002', messages: 20, replies: 0, reactions: 0 },
    ])
    .execute();
  const topic = (id: string, posted: string, answered: string | null) => ({
    guild_id: GUILD,
    message_id: id,
    channel_id: '200000000000000001',
    author_id: '100000000000000002',
    posted_at: at(posted),
    day: d3,
    first_response_at: answered === null ? null : at(answered),
    responder_id: answered === null ? null : '100000000000000001',
  });
  await db
    .insertInto('analytics_topics')
    .values([
      topic('300000000000000001', '2026-03-03T10:00:00Z', '2026-03-03T10:30:00Z'),
      topic('300000000000000002', '2026-03-03T11:00:00Z', null),
    ])
    .execute();
  await store.db
    .withTables<{
      analytics_alerts: {
        guild_id: string;
        kpi: string;
        level: string;
        value: number;
        target: number;
        critical: number;
        opened_at: number;
      };
    }>()
    .insertInto('analytics_alerts')
    .values({
      guild_id: GUILD,
      kpi: 'messages_per_day',
      level: 'critical',
      value: 3,
      target: 500,
      critical: 200,
      opened_at: at('2026-03-02T12:00:00Z'),
    })
    .execute();
  // What the event handlers would have kept for these member days: DAU / WAU / MAU, each
  // member's active days, their retention / activation marks, the topic counts by response
  // time and the channels' blocks of days.
  await rebuildActiveDays(store.db, GUILD);
  await rebuildMemberActivity(store.db, GUILD);
  await rebuildMemberStarts(store.db, GUILD);
  await rebuildResponseCounts(store.db, GUILD);
  await rebuildChannelBlocks(store.db, GUILD);
}
