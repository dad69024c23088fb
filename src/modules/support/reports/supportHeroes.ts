import type { SupportContext } from '../SupportContext.js';
import { supportDb } from '../SupportTables.js';
import { memberDisplayNames as memberNames } from '../../../core/members/memberDisplayNames.js';
import type { SupportHeroes } from './SupportReportsApi.js';
import type { DayRangeMs } from '../../../core/dayRange.js';

interface Tally {
  solutions: number;
  firstAnswers: number;
  staff: boolean;
}

/**
 * The support heroes of a range: members by solutions written (marked in the range, on someone
 * else's question), then first answers given (in the range), then name.
 * @param ctx - module context (db, members, platform)
 * @param guildId - the guild
 * @param range - the range
 * @param limit - members listed at most
 */
export async function supportHeroes(
  ctx: Pick<SupportContext, 'db' | 'members' | 'platform'>,
  guildId: string,
  range: DayRangeMs,
  limit: number,
): Promise<SupportHeroes> {
  const db = supportDb(ctx.db);
  const solutions = await db
    .selectFrom('support_questions')
    .select(['asker_id', 'solution_author_id'])
    .where('guild_id', '=', guildId)
    .where('solution_author_id', 'is not', null)
    .where('solved_at', '>=', range.fromMs)
    .where('solved_at', '<', range.toMs)
    .execute();
  const firsts = await db
    .selectFrom('support_questions')
    .select(['first_responder_id', 'answered_by'])
    .where('guild_id', '=', guildId)
    .where('first_responder_id', 'is not', null)
    .where('first_response_at', '>=', range.fromMs)
    .where('first_response_at', '<', range.toMs)
    .execute();
  const tallies = new Map<string, Tally>();
  const tally = (userId: string): Tally => {
    const found = tallies.get(userId) ?? { solutions: 0, firstAnswers: 0, staff: false };
    tallies.set(userId, found);
    return found;
  };
  for (const row of solutions) {
    if (row.solution_author_id !== null && row.solution_author_id !== row.asker_id)
      tally(row.solution_author_id).solutions += 1;
  }
  for (const row of firsts) {
    if (row.first_responder_id === null) continue;
    const t = tally(row.first_responder_id);
    t.firstAnswers += 1;
    if (row.answered_by === 'staff') t.staff = true;
  }
  const names = await memberNames(ctx, guildId, tallies.keys());
  const heroes = [...tallies]
    .map(([userId, t]) => ({ userId, name: names.get(userId) ?? userId, ...t }))
    .sort((a, b) => b.solutions - a.solutions || b.firstAnswers - a.firstAnswers || a.name.localeCompare(b.name))
    .slice(0, limit);
  return { range: { from: range.from, to: range.to }, heroes };
}
