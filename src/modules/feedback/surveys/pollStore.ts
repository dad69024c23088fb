import type { Selectable } from 'kysely';
import { feedbackDb, type FeedbackPollTable } from '../FeedbackTables.js';
import type { FeedbackContext } from '../FeedbackContext.js';

/** A poll row. */
export type PollRow = Selectable<FeedbackPollTable>;

/**
 * A poll by id, or null.
 * @param ctx - module context
 * @param guildId - the guild
 * @param pollId - the poll
 */
export async function findPoll(ctx: FeedbackContext, guildId: string, pollId: string): Promise<PollRow | null> {
  const row = await feedbackDb(ctx.db)
    .selectFrom('feedback_polls')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', pollId)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * A poll's answers (stored as JSON).
 * @param poll - the poll
 */
export function pollAnswers(poll: Pick<PollRow, 'answers'>): string[] {
  const parsed: unknown = JSON.parse(poll.answers);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}
