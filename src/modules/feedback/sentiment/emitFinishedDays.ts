import type { FeedbackContext } from '../FeedbackContext.js';
import { isoDateOf, sentimentDb } from './sentimentDb.js';

/**
 * Emits `feedback.sentiment_daily` (counts over all channels) for the finished UTC days not
 * emitted yet, without a scheduled job: a scored message of a later day finishes the days
 * before it. A message of a day already emitted (history caught up after downtime) marks that
 * day late; it is emitted again, with its final counts, when the next day's message comes. The
 * event key holds the day and its counts, so a replay emits nothing new and a late re-emit has
 * its own id. Most messages cost one primary-key read.
 * @param ctx - the feedback context (inside the message's unit of work)
 * @param guildId - the guild
 * @param day - the UTC day of the message just counted
 */
export async function emitFinishedDays(ctx: FeedbackContext, guildId: string, day: number): Promise<void> {
  const db = sentimentDb(ctx.db);
  const state = await db
    .selectFrom('feedback_sentiment_emits')
    .select(['emitted_through', 'late_from'])
    .where('guild_id', '=', guildId)
    .executeTakeFirst();
  if (state !== undefined && day <= state.emitted_through) {
    if (state.late_from === null || day < state.late_from) {
      await db
        .updateTable('feedback_sentiment_emits')
        .set({ late_from: day })
        .where('guild_id', '=', guildId)
        .execute();
    }
    return;
  }
  if (state !== undefined && state.emitted_through === day - 1 && state.late_from === null) return;
  const from = state === undefined ? null : Math.min(state.late_from ?? Infinity, state.emitted_through + 1);
  let query = db
    .selectFrom('feedback_sentiment_days')
    .select((eb) => [
      'day',
      eb.fn.sum<number | string>('positive').as('positive'),
      eb.fn.sum<number | string>('neutral').as('neutral'),
      eb.fn.sum<number | string>('negative').as('negative'),
    ])
    .where('guild_id', '=', guildId)
    .where('day', '<', day);
  if (from !== null) query = query.where('day', '>=', from);
  const days = await query.groupBy('day').orderBy('day').execute();
  for (const d of days) {
    const payload = {
      date: isoDateOf(d.day),
      positive: Number(d.positive),
      neutral: Number(d.neutral),
      negative: Number(d.negative),
    };
    const key = `sentiment:${payload.date}:${payload.positive}:${payload.neutral}:${payload.negative}`;
    await ctx.emit('feedback.sentiment_daily', payload, { key, guildId });
  }
  await db
    .insertInto('feedback_sentiment_emits')
    .values({ guild_id: guildId, emitted_through: day - 1, late_from: null })
    .onConflict((oc) => oc.column('guild_id').doUpdateSet({ emitted_through: day - 1, late_from: null }))
    .execute();
}
