import type { TutorialsContext } from '../TutorialsContext.js';
import { tutorialCard } from './tutorialCard.js';
import { getTutorial, statsOf, type Tutorial } from './tutorialStore.js';

/**
 * Edits a tutorial's card to show its current metadata, status and counts (through the
 * outbox: after the unit commits).
 * @param ctx - module context
 * @param tutorial - the tutorial (read again, so the card shows what was just written)
 * @see https://discord.com/developers/docs/resources/message#edit-message
 */
export async function refreshCard(ctx: TutorialsContext, tutorial: Pick<Tutorial, 'guild_id' | 'id'>): Promise<void> {
  const current = await getTutorial(ctx, tutorial.guild_id, tutorial.id);
  if (current?.card_id === null || current === undefined) return;
  const stats = await statsOf(ctx, current);
  await ctx.platform.editMessage(current.id, current.card_id, tutorialCard(current, stats, ctx.config.library));
}
