import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { SentimentLabel } from '../config/FeedbackTypes.js';
import { sentimentDb } from './sentimentDb.js';

/** One scored message, as counted: where and when, its class and score (no text, no author). */
export interface CountedMessage {
  guildId: string;
  day: number;
  channelId: string;
  label: SentimentLabel;
  score: number;
}

/**
 * Adds a scored message to its channel's day (`feedback_sentiment_days`), creating the row:
 * one upsert. The handler runs once per event (the engine's done-record commits with it), so
 * adding is safe under redelivery and recovery.
 * @param db - the database (inside the handler's unit of work)
 * @param message - the counted message
 */
export async function countMessageSentiment(db: Kysely<CoreTables>, message: CountedMessage): Promise<void> {
  const one = (label: SentimentLabel) => (message.label === label ? 1 : 0);
  const row = { positive: one('positive'), neutral: one('neutral'), negative: one('negative') };
  await sentimentDb(db)
    .insertInto('feedback_sentiment_days')
    .values({
      guild_id: message.guildId,
      day: message.day,
      channel_id: message.channelId,
      ...row,
      score_sum: message.score,
    })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'day', 'channel_id']).doUpdateSet((eb) => ({
        positive: eb('feedback_sentiment_days.positive', '+', row.positive),
        neutral: eb('feedback_sentiment_days.neutral', '+', row.neutral),
        negative: eb('feedback_sentiment_days.negative', '+', row.negative),
        score_sum: eb('feedback_sentiment_days.score_sum', '+', message.score),
      })),
    )
    .execute();
}
