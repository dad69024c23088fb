import type { ChallengesContext } from '../ChallengesContext.js';
import { showcasesDb } from './showcasesTables.js';

/** A category's winner to award. */
export interface ShowcaseWinner {
  month: string;
  category: string;
  winnerId: string;
  votes: number;
  nominations: number;
  decidedBy: 'votes' | 'staff';
}

/**
 * Awards a category's winner of a month: the award row (stamped now), `challenges.showcase_awarded`
 * and `contribution.recorded` (kind `showcase_award`, recognition's "Showcase Star"), each keyed by
 * guild, month and category so a category is awarded once.
 * @param ctx - module context
 * @param guildId - the guild
 * @param winner - who won what
 */
export async function awardWinner(ctx: ChallengesContext, guildId: string, winner: ShowcaseWinner): Promise<void> {
  const now = ctx.clock.now();
  await showcasesDb(ctx.db)
    .insertInto('challenges_showcase_awards')
    .values({
      guild_id: guildId,
      month: winner.month,
      category: winner.category,
      winner_id: winner.winnerId,
      votes: winner.votes,
      nominations: winner.nominations,
      decided_by: winner.decidedBy,
      awarded_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['guild_id', 'month', 'category']).doUpdateSet({
        winner_id: winner.winnerId,
        votes: winner.votes,
        nominations: winner.nominations,
        decided_by: winner.decidedBy,
        awarded_at: now,
      }),
    )
    .execute();
  const key = `showcase-award:${winner.month}:${winner.category}`;
  await ctx.emit(
    'challenges.showcase_awarded',
    {
      month: winner.month,
      category: winner.category,
      winnerId: winner.winnerId,
      votes: winner.votes,
      decidedBy: winner.decidedBy,
    },
    { key, guildId },
  );
  await ctx.emit(
    'contribution.recorded',
    { userId: winner.winnerId, kind: 'showcase_award', sourceId: `showcase:${winner.month}:${winner.category}` },
    { key, guildId },
  );
}
