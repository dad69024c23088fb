import { memberDisplayNames } from '../../../core/members/memberDisplayNames.js';
import { learningDb } from '../LearningTables.js';
import type { RoundList } from './LearningApi.js';
import { named, type LearningViewContext } from './learningViews.js';

/**
 * Rounds of group formation, newest first: learners, groups, the objective reached and its
 * bound with the gap, and everyone left unplaced with the reason.
 * @param ctx - db, member directory, platform
 * @param guildId - the guild
 * @param limit - rounds at most
 */
export async function listRounds(ctx: LearningViewContext, guildId: string, limit: number): Promise<RoundList> {
  const db = learningDb(ctx.db);
  const total = await db
    .selectFrom('learning_rounds')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('guild_id', '=', guildId)
    .executeTakeFirst();
  const rounds = await db
    .selectFrom('learning_rounds')
    .selectAll()
    .where('guild_id', '=', guildId)
    .orderBy('created_at', 'desc')
    .orderBy('number', 'desc')
    .limit(limit)
    .execute();
  if (rounds.length === 0) return { total: 0, rounds: [] };
  const unplaced = await db
    .selectFrom('learning_unplaced')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where(
      'round_id',
      'in',
      rounds.map((r) => r.id),
    )
    .orderBy('user_id')
    .execute();
  const names = await memberDisplayNames(ctx, guildId, [
    ...unplaced.map((u) => u.user_id),
    ...rounds.flatMap((r) => (r.by === null ? [] : [r.by])),
  ]);
  return {
    total: total?.n ?? 0,
    rounds: rounds.map((r) => ({
      number: r.number,
      type: r.type,
      status: r.status,
      source: r.source,
      by: r.by === null ? null : named(names, r.by),
      learners: r.learners,
      groups: r.groups,
      unplaced: r.unplaced,
      value: r.value,
      bound: r.bound,
      gapPct: r.gap,
      exact: r.exact === 1,
      createdAt: r.created_at,
      unplacedMembers: unplaced
        .filter((u) => u.round_id === r.id)
        .map((u) => ({ ...named(names, u.user_id), reason: u.reason })),
    })),
  };
}
