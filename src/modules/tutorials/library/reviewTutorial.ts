import { truncateText } from '../../../platform/fitMessage.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { creditAuthor } from './creditAuthor.js';
import { libraryDb } from './libraryTables.js';
import { refreshCard } from './refreshCard.js';
import type { ReviewAnswer } from './reviewForm.js';
import { updateTutorial, type Tutorial } from './tutorialStore.js';

/**
 * An expert's review: stored with its notes, the tutorial's status set (approved or changes
 * requested), the card refreshed, the author told in the post, `tutorials.reviewed`; on
 * approval (with `creditOn: approval`) the author's `tutorial` credit, once per tutorial.
 * @param ctx - module context
 * @param tutorial - the tutorial
 * @param reviewerId - the expert
 * @param answer - verdict and notes
 * @param reviewId - the form's interaction id
 * @param at - when
 */
export async function reviewTutorial(
  ctx: TutorialsContext,
  tutorial: Tutorial,
  reviewerId: string,
  answer: ReviewAnswer,
  reviewId: string,
  at: number,
): Promise<void> {
  const guildId = tutorial.guild_id;
  await libraryDb(ctx.db)
    .insertInto('tutorials_library_reviews')
    .values({
      guild_id: guildId,
      tutorial_id: tutorial.id,
      id: reviewId,
      reviewer_id: reviewerId,
      verdict: answer.verdict,
      notes: answer.notes,
      at,
    })
    .execute();
  await updateTutorial(ctx, tutorial, { status: answer.verdict, reviewed_at: at, updated_at: at });
  await ctx.emit(
    'tutorials.reviewed',
    { tutorialId: tutorial.id, reviewerId, verdict: answer.verdict },
    { key: `${tutorial.id}:reviewed:${reviewId}`, guildId },
  );
  if (answer.verdict === 'approved' && ctx.config.library.creditOn === 'approval') {
    await creditAuthor(ctx, tutorial);
  }
  await refreshCard(ctx, tutorial);
  const author = tutorial.author_id;
  const who = author === null ? 'This tutorial' : `<@${author}>, your tutorial`;
  const headline =
    answer.verdict === 'approved'
      ? `✅ ${who} was approved by an expert (<@${reviewerId}>). Thank you!`
      : `✏️ ${who} needs changes, says <@${reviewerId}>. Use \`/tutorial edit number:${tutorial.number}\` when it is ready.`;
  const notes = answer.notes === '' ? '' : `\n> ${truncateText(answer.notes, 1500).replace(/\n/g, '\n> ')}`;
  await ctx.platform.sendMessage(tutorial.id, {
    content: truncateText(headline + notes, 2000),
    allowedUserMentions: author === null ? [] : [author],
  });
}
