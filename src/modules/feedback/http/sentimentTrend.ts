import { isoOfDayNumber, type DayNumbers } from '../../../core/dayRange.js';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { Kysely } from 'kysely';
import type { SentimentLabel } from '../config/FeedbackTypes.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { SentimentTrend } from './FeedbackApi.js';

const DAY_MS = 86_400_000;

type Split = Record<SentimentLabel, number>;
const zero = (): Split => ({ positive: 0, neutral: 0, negative: 0 });
const shareOf = (s: Split): number | null => {
  const all = s.positive + s.neutral + s.negative;
  return all === 0 ? null : s.positive / all;
};

/**
 * Sentiment per UTC day of a range: the messages scored (all channels, from
 * `feedback_sentiment_days`) and the items submitted, positive / neutral / negative, with the
 * share of positive messages per day and in all, and the messages' mean score.
 * @param db - the store's database
 * @param guildId - the guild
 * @param days - the range's UTC day numbers, both included
 */
export async function sentimentTrend(
  db: Kysely<CoreTables>,
  guildId: string,
  days: DayNumbers,
): Promise<SentimentTrend> {
  const fdb = feedbackDb(db);
  const messageRows = await fdb
    .selectFrom('feedback_sentiment_days')
    .select((eb) => [
      'day',
      eb.fn.sum<number>('positive').as('positive'),
      eb.fn.sum<number>('neutral').as('neutral'),
      eb.fn.sum<number>('negative').as('negative'),
      eb.fn.sum<number>('score_sum').as('score_sum'),
    ])
    .where('guild_id', '=', guildId)
    .where('day', '>=', days.fromDay)
    .where('day', '<=', days.toDay)
    .groupBy('day')
    .execute();
  const itemRows = await fdb
    .selectFrom('feedback_items')
    .select(['created_at', 'sentiment_label'])
    .where('guild_id', '=', guildId)
    .where('created_at', '>=', days.fromDay * DAY_MS)
    .where('created_at', '<', (days.toDay + 1) * DAY_MS)
    .execute();
  const messages = new Map(messageRows.map((r) => [r.day, r]));
  const items = new Map<number, Split>();
  for (const row of itemRows) {
    const day = Math.floor(row.created_at / DAY_MS);
    const split = items.get(day) ?? zero();
    split[row.sentiment_label] += 1;
    items.set(day, split);
  }
  const totals = { messages: zero(), items: zero() };
  let scoreSum = 0;
  const out: SentimentTrend['days'] = [];
  for (let day = days.fromDay; day <= days.toDay; day++) {
    const m = messages.get(day);
    const dayMessages: Split =
      m === undefined ? zero() : { positive: m.positive, neutral: m.neutral, negative: m.negative };
    const dayItems = items.get(day) ?? zero();
    scoreSum += m?.score_sum ?? 0;
    for (const label of ['positive', 'neutral', 'negative'] as const) {
      totals.messages[label] += dayMessages[label];
      totals.items[label] += dayItems[label];
    }
    out.push({
      date: isoOfDayNumber(day),
      messages: dayMessages,
      items: dayItems,
      positiveShare: shareOf(dayMessages),
    });
  }
  const scored = totals.messages.positive + totals.messages.neutral + totals.messages.negative;
  return {
    range: { from: isoOfDayNumber(days.fromDay), to: isoOfDayNumber(days.toDay) },
    days: out,
    totals: {
      ...totals,
      positiveShare: shareOf(totals.messages),
      meanScore: scored === 0 ? null : scoreSum / scored,
    },
  };
}
