import type { TutorialsContext } from '../TutorialsContext.js';
import { RATING_MAX } from './libraryConfig.js';
import { refreshCard } from './refreshCard.js';
import { memberRow, recordView, setMemberRow, statsOf, type Tutorial } from './tutorialStore.js';

/** What a member's action came to: done (with a message) or refused (with the reason). */
export type ActionOutcome = { ok: true; message: string } | { ok: false; reason: string };

/**
 * A member rates a tutorial 1–5: one rating per member (pressing again changes it), never the
 * author's own. Opening counts as a view. The card shows the new mean; `tutorials.rated`.
 * @param ctx - module context
 * @param tutorial - the tutorial
 * @param userId - the member
 * @param rating - 1 to 5
 * @param key - the interaction id (the event's key)
 * @param at - when
 */
export async function rateTutorial(
  ctx: TutorialsContext,
  tutorial: Tutorial,
  userId: string,
  rating: number,
  key: string,
  at: number,
): Promise<ActionOutcome> {
  if (!Number.isInteger(rating) || rating < 1 || rating > RATING_MAX) {
    return { ok: false, reason: `A rating is a whole number from 1 to ${RATING_MAX}.` };
  }
  if (tutorial.author_id === userId) return { ok: false, reason: 'You cannot rate your own tutorial.' };
  const before = await memberRow(ctx, tutorial, userId);
  await setMemberRow(ctx, tutorial, userId, { rating, rated_at: at, viewed_at: before?.viewed_at ?? at });
  const stats = await statsOf(ctx, tutorial);
  await ctx.emit(
    'tutorials.rated',
    { tutorialId: tutorial.id, userId, rating, ratings: stats.ratings, mean: stats.mean },
    { key: `${tutorial.id}:rated:${key}`, guildId: tutorial.guild_id },
  );
  await refreshCard(ctx, tutorial);
  const verb = before?.rating === null || before === undefined ? 'Rated' : 'Rating changed to';
  return {
    ok: true,
    message: `${verb} ${'★'.repeat(rating)} (${rating}/${RATING_MAX}) on #${tutorial.number}. Mean now ${stats.mean.toFixed(1)} from ${stats.ratings}.`,
  };
}

/**
 * A member marks a tutorial complete, once (a second press says so and changes nothing).
 * @param ctx - module context
 * @param tutorial - the tutorial
 * @param userId - the member
 * @param at - when
 */
export async function completeTutorial(
  ctx: TutorialsContext,
  tutorial: Tutorial,
  userId: string,
  at: number,
): Promise<ActionOutcome> {
  const before = await memberRow(ctx, tutorial, userId);
  if (before?.completed_at !== undefined && before.completed_at !== null) {
    return { ok: false, reason: `You already completed #${tutorial.number}.` };
  }
  await setMemberRow(ctx, tutorial, userId, { completed_at: at, viewed_at: before?.viewed_at ?? at });
  const stats = await statsOf(ctx, tutorial);
  await ctx.emit(
    'tutorials.completed',
    { tutorialId: tutorial.id, userId, completions: stats.completions },
    { key: `${tutorial.id}:completed:${userId}`, guildId: tutorial.guild_id },
  );
  await refreshCard(ctx, tutorial);
  return {
    ok: true,
    message: `Well done! #${tutorial.number} is marked complete. Rate it with the stars on its card.`,
  };
}

/**
 * A member opens a tutorial (Start, `/tutorial open`, a search result): counted once per
 * member as a view (the author's own visits are not); the card's view count is refreshed on the first.
 * @param ctx - module context
 * @param tutorial - the tutorial
 * @param userId - the member
 * @param at - when
 */
export async function openTutorial(
  ctx: TutorialsContext,
  tutorial: Tutorial,
  userId: string,
  at: number,
): Promise<void> {
  if (tutorial.author_id === userId) return;
  if (await recordView(ctx, tutorial, userId, at)) await refreshCard(ctx, tutorial);
}
