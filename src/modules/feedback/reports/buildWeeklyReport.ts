import type { Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import { FEEDBACK_STATUSES, FEEDBACK_TYPES, type FeedbackStatus } from '../config/FeedbackTypes.js';
import type { FeedbackConfig } from '../FeedbackConfig.js';
import { feedbackDb } from '../FeedbackTables.js';
import { priorityIssues } from './priorityIssues.js';
import { localDay } from './reportWeek.js';
import { surveySummary } from './surveySummary.js';
import { extractTopics } from './topics/extractTopics.js';
import type { SentimentCounts, WeeklyReport } from './WeeklyReport.js';

const DAY_MS = 86_400_000;

/** Statuses that end an item's life. */
const CLOSING_STATUSES = ['done', 'declined', 'merged'] as const satisfies readonly FeedbackStatus[];

const zeroCounts = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * The feedback report of the period `[from, to)`: every item of the guild by type and current
 * status; items opened and closed in the period; the sentiment of the period's items and of
 * the messages scored on its days; its topics; the open priority issues; surveys closed in it.
 * @param db - the store's database
 * @param guildId - the guild
 * @param config - the module's config (time zone, topics, voteable types)
 * @param from - start of the period, epoch ms (inclusive)
 * @param to - end of the period, epoch ms (exclusive)
 */
export async function buildWeeklyReport(
  db: Kysely<CoreTables>,
  guildId: string,
  config: FeedbackConfig,
  from: number,
  to: number,
): Promise<WeeklyReport> {
  const fdb = feedbackDb(db);
  const totals = await fdb
    .selectFrom('feedback_items')
    .select(['type', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('guild_id', '=', guildId)
    .where('created_at', '<', to)
    .groupBy(['type', 'status'])
    .execute();
  const byType = zeroCounts(FEEDBACK_TYPES);
  const byStatus = zeroCounts(FEEDBACK_STATUSES);
  for (const row of totals) {
    byType[row.type] += row.n;
    byStatus[row.status] += row.n;
  }
  const week = await fdb
    .selectFrom('feedback_items')
    .select(['number', 'title', 'body', 'sentiment_label'])
    .where('guild_id', '=', guildId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .orderBy('number')
    .execute();
  const items: SentimentCounts = { positive: 0, neutral: 0, negative: 0 };
  for (const item of week) items[item.sentiment_label] += 1;
  const closed = await fdb
    .selectFrom('feedback_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('guild_id', '=', guildId)
    .where('status', 'in', CLOSING_STATUSES)
    .where('status_at', '>=', from)
    .where('status_at', '<', to)
    .executeTakeFirst();
  const surveys = await surveySummary(db, guildId, from, to);
  return {
    weekStart: localDay(from, config.timezone),
    from,
    to,
    totals: { items: Object.values(byType).reduce((a, b) => a + b, 0), byType, byStatus },
    opened: week.length,
    closed: closed?.n ?? 0,
    sentiment: { items, messages: await messageSentiment(db, guildId, from, to) },
    topics: extractTopics(
      week.map((item) => ({ number: item.number, text: `${item.title}\n${item.body}` })),
      config.report.topTopics,
    ),
    priority: await priorityIssues(db, guildId, config),
    ...(surveys === undefined ? {} : { surveys }),
  };
}

/**
 * Messages scored on the period's days (`feedback_sentiment_days` counts whole UTC days: the
 * days whose UTC midnight is nearest the period's ends, so a week in any zone is seven days).
 */
async function messageSentiment(
  db: Kysely<CoreTables>,
  guildId: string,
  from: number,
  to: number,
): Promise<SentimentCounts> {
  const row = await feedbackDb(db)
    .selectFrom('feedback_sentiment_days')
    .select((eb) => [
      eb.fn.sum<number | string | null>('positive').as('positive'),
      eb.fn.sum<number | string | null>('neutral').as('neutral'),
      eb.fn.sum<number | string | null>('negative').as('negative'),
    ])
    .where('guild_id', '=', guildId)
    .where('day', '>=', Math.round(from / DAY_MS))
    .where('day', '<', Math.round(to / DAY_MS))
    .executeTakeFirst();
  return {
    positive: Number(row?.positive ?? 0),
    neutral: Number(row?.neutral ?? 0),
    negative: Number(row?.negative ?? 0),
  };
}
