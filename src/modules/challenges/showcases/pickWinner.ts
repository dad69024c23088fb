import type { ChallengesContext } from '../ChallengesContext.js';
import { awardWinner } from './showcaseAwards.js';
import { categoryOf, findMonth, tallyNominees } from './showcaseStore.js';
import { showcasesDb } from './showcasesTables.js';

/**
 * Staff pick the winner of a staff-decided category: kept for the close (awarded then), or
 * awarded at once when the month is closed without a winner in that category.
 * @param ctx - module context
 * @param guildId - the guild
 * @param month - `YYYY-MM`
 * @param categoryId - a category with `decidedBy: staff`
 * @param nomineeId - one of its nominees
 */
export async function pickWinner(
  ctx: ChallengesContext,
  guildId: string,
  month: string,
  categoryId: string,
  nomineeId: string,
): Promise<string> {
  const category = categoryOf(ctx, categoryId);
  if (category === undefined) return `There is no showcase category "${categoryId}".`;
  if (category.decidedBy !== 'staff') return `${category.name} is decided by votes, not by staff.`;
  const row = await findMonth(ctx, guildId, month);
  if (row === null || row.status === 'cancelled') return `There is no ${month} showcase to pick for.`;
  const nominee = (await tallyNominees(ctx, guildId, month, categoryId)).find((t) => t.nomineeId === nomineeId);
  if (nominee === undefined) return `<@${nomineeId}> was not nominated for ${category.name} in ${month}.`;
  const db = showcasesDb(ctx.db);
  const existing = await db
    .selectFrom('challenges_showcase_awards')
    .select(['awarded_at'])
    .where('guild_id', '=', guildId)
    .where('month', '=', month)
    .where('category', '=', categoryId)
    .executeTakeFirst();
  if (existing !== undefined && existing.awarded_at !== null) return `${category.name} of ${month} is already awarded.`;
  if (row.status === 'closed') {
    await awardWinner(ctx, guildId, {
      month,
      category: categoryId,
      winnerId: nomineeId,
      votes: nominee.votes,
      nominations: nominee.nominations,
      decidedBy: 'staff',
    });
    await ctx.platform.sendMessage(row.channel_id, {
      content: `🏆 ${category.name} of ${month}: <@${nomineeId}> (staff pick).`,
      allowedUserMentions: [nomineeId],
      nonce: `challenges:showcase-pick:${guildId}:${month}:${categoryId}`,
    });
    return `<@${nomineeId}> is ${category.name} of ${month}; announced.`;
  }
  await db
    .insertInto('challenges_showcase_awards')
    .values({
      guild_id: guildId,
      month,
      category: categoryId,
      winner_id: nomineeId,
      votes: nominee.votes,
      nominations: nominee.nominations,
      decided_by: 'staff',
      awarded_at: null,
    })
    .onConflict((oc) => oc.columns(['guild_id', 'month', 'category']).doUpdateSet({ winner_id: nomineeId }))
    .execute();
  return `Picked <@${nomineeId}> for ${category.name}; announced with the results.`;
}
