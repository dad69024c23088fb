import type { ComponentHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { SHOWCASE_CUSTOM_IDS, showcaseCustomIdArgs } from './showcaseCustomIds.js';
import { categoryOf, findMonth } from './showcaseStore.js';
import { showcasesDb } from './showcasesTables.js';

const privately = (content: string): InteractionReply => ({ content, ephemeral: true });

/**
 * A category's voting menu (`challenges:showcase-vote:<month>:<category>`): one vote per
 * member per category, changed by choosing again; never for yourself; only while voting is open.
 */
export const voteSelectHandler: ComponentHandler<ChallengesContext> = {
  customIdPrefix: SHOWCASE_CUSTOM_IDS.vote,
  async handle(interaction, ctx) {
    const args = showcaseCustomIdArgs(interaction.payload.customId, SHOWCASE_CUSTOM_IDS.vote, 2);
    if (interaction.type !== 'interaction.select' || args === null) return privately('This menu is not valid.');
    const [month = '', categoryId = ''] = args;
    const { guildId } = interaction;
    const { userId, values } = interaction.payload;
    const category = categoryOf(ctx, categoryId);
    const row = await findMonth(ctx, guildId, month);
    if (category === undefined || row === null) return privately('This showcase no longer exists.');
    if (row.status !== 'voting' || ctx.clock.now() >= row.closes_at) {
      return privately('Voting for this showcase has closed.');
    }
    const nomineeId = values[0] ?? '';
    if (nomineeId === userId) return privately('You cannot vote for yourself.');
    const db = showcasesDb(ctx.db);
    const nominated = await db
      .selectFrom('challenges_showcase_nominations')
      .select('nominee_id')
      .where('guild_id', '=', guildId)
      .where('month', '=', month)
      .where('category', '=', categoryId)
      .where('nominee_id', '=', nomineeId)
      .executeTakeFirst();
    if (nominated === undefined) return privately('That is not a nominee of this category.');
    const earlier = await db
      .selectFrom('challenges_showcase_votes')
      .select('nominee_id')
      .where('guild_id', '=', guildId)
      .where('month', '=', month)
      .where('category', '=', categoryId)
      .where('voter_id', '=', userId)
      .executeTakeFirst();
    if (earlier?.nominee_id === nomineeId) return privately(`You already voted for <@${nomineeId}>.`);
    const now = ctx.clock.now();
    await db
      .insertInto('challenges_showcase_votes')
      .values({
        guild_id: guildId,
        month,
        category: categoryId,
        voter_id: userId,
        nominee_id: nomineeId,
        voted_at: now,
      })
      .onConflict((oc) =>
        oc.columns(['guild_id', 'month', 'category', 'voter_id']).doUpdateSet({ nominee_id: nomineeId, voted_at: now }),
      )
      .execute();
    await ctx.emit(
      'challenges.showcase_vote_cast',
      { month, category: categoryId, voterId: userId, nomineeId, changed: earlier !== undefined },
      { key: `vote:${month}:${categoryId}:${userId}:${interaction.payload.interactionId}`, guildId },
    );
    return privately(
      earlier === undefined
        ? `You voted for <@${nomineeId}> in ${category.name}.`
        : `Your vote in ${category.name} is now <@${nomineeId}>.`,
    );
  },
};
