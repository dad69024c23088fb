import type { ComponentHandler, ComponentInteraction } from '../../../core/defineModule.js';
import type { InteractionResponse } from '../../../platform/Platform.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { completeTutorial, openTutorial, rateTutorial } from './cardActions.js';
import { isExpert } from './isExpert.js';
import { LIBRARY_IDS, libraryIdArgs } from './libraryCustomIds.js';
import { parseReview, reviewForm } from './reviewForm.js';
import { reviewTutorial } from './reviewTutorial.js';
import { tutorialLink } from './tutorialCard.js';
import { tutorialByNumber, type Tutorial } from './tutorialStore.js';

const privately = (content: string): InteractionResponse => ({ content, ephemeral: true });

/** The tutorial a component names by number, with the rest of its arguments, or the answer. */
async function target(
  interaction: ComponentInteraction,
  ctx: TutorialsContext,
  prefix: string,
  count: number,
): Promise<{ tutorial: Tutorial; args: string[] } | InteractionResponse> {
  const args = libraryIdArgs(interaction.payload.customId, prefix, count);
  const number = Number(args?.[0]);
  if (args === null || !Number.isInteger(number)) return privately('This button is not valid.');
  const tutorial = await tutorialByNumber(ctx, interaction.guildId, number);
  return tutorial === undefined ? privately('This tutorial is no longer in the library.') : { tutorial, args };
}

/** A star button of a card (`tutorials:rate:<number>:<1-5>`): rate, or change one's rating. */
export const rateButtonHandler: ComponentHandler<TutorialsContext> = {
  customIdPrefix: LIBRARY_IDS.rate,
  async handle(interaction, ctx) {
    const found = await target(interaction, ctx, LIBRARY_IDS.rate, 2);
    if (!('tutorial' in found)) return found;
    const { userId, interactionId } = interaction.payload;
    const outcome = await rateTutorial(
      ctx,
      found.tutorial,
      userId,
      Number(found.args[1]),
      interactionId,
      interaction.occurredAt,
    );
    return privately(outcome.ok ? outcome.message : outcome.reason);
  },
};

/** Start (`tutorials:start:<number>`): the link, and a view counted. */
export const startButtonHandler: ComponentHandler<TutorialsContext> = {
  customIdPrefix: LIBRARY_IDS.start,
  async handle(interaction, ctx) {
    const found = await target(interaction, ctx, LIBRARY_IDS.start, 1);
    if (!('tutorial' in found)) return found;
    const { tutorial } = found;
    await openTutorial(ctx, tutorial, interaction.payload.userId, interaction.occurredAt);
    const link = tutorial.link === '' ? '' : `\nLink: ${tutorial.link}`;
    return privately(
      `Enjoy #${tutorial.number} ${tutorial.title}: ${tutorialLink(tutorial)}${link}\nPress **Mark complete** on its card when you are done.`,
    );
  },
};

/** Mark complete (`tutorials:complete:<number>`): once per member. */
export const completeButtonHandler: ComponentHandler<TutorialsContext> = {
  customIdPrefix: LIBRARY_IDS.complete,
  async handle(interaction, ctx) {
    const found = await target(interaction, ctx, LIBRARY_IDS.complete, 1);
    if (!('tutorial' in found)) return found;
    const outcome = await completeTutorial(ctx, found.tutorial, interaction.payload.userId, interaction.occurredAt);
    return privately(outcome.ok ? outcome.message : outcome.reason);
  },
};

/**
 * Review (`tutorials:review:<number>`): the button opens the review form for experts; the
 * submitted form (same custom id) records the review.
 */
export const reviewHandler: ComponentHandler<TutorialsContext> = {
  customIdPrefix: LIBRARY_IDS.review,
  async handle(interaction, ctx) {
    const found = await target(interaction, ctx, LIBRARY_IDS.review, 1);
    if (!('tutorial' in found)) return found;
    const { tutorial } = found;
    if (!(await isExpert(ctx, interaction.guildId, interaction.payload))) {
      return privately('Only the library’s experts review tutorials.');
    }
    if (tutorial.author_id === interaction.payload.userId) return privately('You cannot review your own tutorial.');
    if (interaction.type === 'interaction.button') return { modal: reviewForm(tutorial) };
    if (interaction.type !== 'interaction.modal') return privately('This form is not valid.');
    const answer = parseReview(interaction.payload.fields);
    if (!('verdict' in answer)) return answer;
    const { userId, interactionId } = interaction.payload;
    await reviewTutorial(ctx, tutorial, userId, answer, interactionId, interaction.occurredAt);
    return privately(
      answer.verdict === 'approved'
        ? `#${tutorial.number} is approved; the author is told in the post.`
        : `Changes requested on #${tutorial.number}; the author is told in the post.`,
    );
  },
};
