import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import type { Question } from '../store/Questions.js';
import type { DayRangeMs } from '../../../core/dayRange.js';

/**
 * The questions asked in a range, oldest first.
 * @param ctx - module context
 * @param guildId - the guild
 * @param range - the range (asked from `fromMs` included to `toMs` excluded)
 */
export async function questionsAsked(
  ctx: Pick<SupportContext, 'db'>,
  guildId: string,
  range: Pick<DayRangeMs, 'fromMs' | 'toMs'>,
): Promise<Question[]> {
  return supportDb(ctx.db)
    .selectFrom('support_questions')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('created_at', '>=', range.fromMs)
    .where('created_at', '<', range.toMs)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
