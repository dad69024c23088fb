import type { Json } from '../../core/DomainEvent.js';
import type { MemberPrivacy } from '../../core/MemberPrivacy.js';
import type { AnalyticsContext } from './AnalyticsContext.js';
import { analyticsDb } from './AnalyticsTables.js';
import { ResponseCountChanges } from './rollups/responseCounts.js';

/**
 * A member's rows in analytics: their active days (and the start rows and bit set kept from
 * them) and the topics they started or answered.
 * Erase deletes their per-member rows and the topics they started (taken out of the topic
 * counts by day and response time with them) and unlinks them from topics they answered;
 * other guild-wide counts (aggregates, no person in them) are kept, as SPEC §12 allows.
 */
export const analyticsPrivacy: MemberPrivacy<AnalyticsContext> = {
  async exportMember(ctx, guildId, userId) {
    const db = analyticsDb(ctx.db);
    const activeDays = await db
      .selectFrom('analytics_member_days')
      .select(['day', 'messages', 'replies', 'reactions'])
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('day')
      .execute();
    const topics = await db
      .selectFrom('analytics_topics')
      .selectAll()
      .where('guild_id', '=', guildId)
      .where((eb) => eb.or([eb('author_id', '=', userId), eb('responder_id', '=', userId)]))
      .orderBy('posted_at')
      .execute();
    // Their retention / activation marks (start day per basis and the mask of where they were
    // active after it); the bit set of analytics_member_activity holds the same days as
    // activeDays, so it is not repeated.
    const starts = await db
      .selectFrom('analytics_member_starts')
      .select(['basis', 'start_day', 'mask'])
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('basis')
      .execute();
    const out: Record<string, Json> = {};
    if (activeDays.length > 0) out.activeDays = activeDays;
    if (starts.length > 0) out.cohortStarts = starts;
    if (topics.length > 0) out.topics = topics;
    return out;
  },
  async eraseMember(ctx, guildId, userId) {
    const db = analyticsDb(ctx.db);
    const days = await db
      .deleteFrom('analytics_member_days')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    // Their kept start rows and bit set are derived from those days: deleted with them.
    const starts = await db
      .deleteFrom('analytics_member_starts')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const activity = await db
      .deleteFrom('analytics_member_activity')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const authored = await db
      .deleteFrom('analytics_topics')
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .returning(['channel_id', 'day', 'posted_at', 'first_response_at'])
      .execute();
    // Their topics leave the day counts by response time too (the ranks are read among the
    // topics those counts describe).
    const changes = new ResponseCountChanges();
    for (const topic of authored) changes.add(topic, -1);
    await changes.apply(ctx.db, guildId);
    const answered = await db
      .updateTable('analytics_topics')
      .set({ responder_id: null })
      .where('guild_id', '=', guildId)
      .where('responder_id', '=', userId)
      .executeTakeFirst();
    return (
      Number(days.numDeletedRows) +
      Number(starts.numDeletedRows) +
      Number(activity.numDeletedRows) +
      authored.length +
      Number(answered.numUpdatedRows)
    );
  },
};
