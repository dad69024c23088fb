import { sql, type Kysely } from 'kysely';
import type { CoreTables } from '../../../store/CoreTables.js';
import type { FeedbackStatus } from '../config/FeedbackTypes.js';
import type { FeedbackConfig } from '../FeedbackConfig.js';
import { feedbackDb } from '../FeedbackTables.js';
import type { PriorityItem, PriorityReason } from './WeeklyReport.js';

/** Statuses of items still to be acted on. */
export const OPEN_STATUSES = ['new', 'triaged', 'planned', 'in_progress'] as const satisfies readonly FeedbackStatus[];

/** Priority issues listed at most. */
export const PRIORITY_LIMIT = 10;

const netVotes = sql<number>`up_votes - down_votes`;

/**
 * The open items staff should look at first, at most {@link PRIORITY_LIMIT}, each listed once,
 * in this order: critical items (newest first); open bug reports scored negative (most negative
 * first); open items of the voteable types with more up than down votes (most net votes first).
 * Later groups fill what earlier ones leave.
 * @param db - the store's database
 * @param guildId - the guild
 * @param config - the module's config (`voting.types`)
 */
export async function priorityIssues(
  db: Kysely<CoreTables>,
  guildId: string,
  config: FeedbackConfig,
): Promise<PriorityItem[]> {
  const open = feedbackDb(db)
    .selectFrom('feedback_items')
    .select(['number', 'title', 'type', 'status', 'critical_reason', 'up_votes', 'down_votes'])
    .where('guild_id', '=', guildId)
    .where('status', 'in', OPEN_STATUSES)
    .limit(PRIORITY_LIMIT);
  const critical = await open
    .where('critical_reason', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc')
    .execute();
  const negative = await open
    .where('type', '=', 'bug')
    .where('sentiment_label', '=', 'negative')
    .orderBy('sentiment_score')
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc')
    .execute();
  const voted =
    config.voting.types.length === 0
      ? []
      : await open
          .where('type', 'in', config.voting.types)
          .where(netVotes, '>', 0)
          .orderBy(netVotes, 'desc')
          .orderBy('created_at')
          .orderBy('number')
          .execute();
  const listed = new Map<number, PriorityItem>();
  const add = (rows: typeof critical, reason: PriorityReason): void => {
    for (const row of rows) {
      if (listed.size >= PRIORITY_LIMIT || listed.has(row.number)) continue;
      listed.set(row.number, {
        number: row.number,
        title: row.title,
        type: row.type,
        status: row.status,
        reason,
        votes: row.up_votes - row.down_votes,
        critical_reason: row.critical_reason,
      });
    }
  };
  add(critical, 'critical');
  add(negative, 'negative');
  add(voted, 'votes');
  return [...listed.values()];
}
