import type { TutorialsContext } from '../TutorialsContext.js';
import { statsOf, updateTutorial, type Tutorial } from './tutorialStore.js';

/** Ratings a tutorial needs before its mean goes with the credit as its quality. */
export const QUALITY_MIN_RATINGS = 3;

/**
 * Credits the author `tutorial` through `contribution.recorded`, once per tutorial (the
 * `credited` flag, and the event's key): quality is the rounded mean rating once it has
 * {@link QUALITY_MIN_RATINGS} ratings. An erased author is not credited.
 * @param ctx - module context
 * @param tutorial - the tutorial
 */
export async function creditAuthor(ctx: TutorialsContext, tutorial: Tutorial): Promise<boolean> {
  if (tutorial.credited === 1 || tutorial.author_id === null) return false;
  const stats = await statsOf(ctx, tutorial);
  await ctx.emit(
    'contribution.recorded',
    {
      userId: tutorial.author_id,
      kind: 'tutorial',
      ...(stats.ratings >= QUALITY_MIN_RATINGS ? { quality: Math.round(stats.mean) } : {}),
      sourceId: `tutorials:library:${tutorial.id}`,
      channelId: tutorial.id,
    },
    { key: `${tutorial.id}:tutorial`, guildId: tutorial.guild_id },
  );
  await updateTutorial(ctx, tutorial, { credited: 1 });
  return true;
}
