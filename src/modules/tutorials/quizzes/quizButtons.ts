import type { ComponentHandler } from '../../../core/defineModule.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { answerQuestion } from './answerQuestion.js';
import { ANSWER_PREFIX, parseAnswerCustomId, parseTakeCustomId, TAKE_PREFIX } from './quizCustomId.js';
import { startAttempt } from './startAttempt.js';

/** An answer button (`tutorials:quiz:<attemptId>:<position>:<choice>`): records it, shows the next question. */
export const answerButtonHandler: ComponentHandler<TutorialsContext> = {
  customIdPrefix: ANSWER_PREFIX,
  async handle(interaction, ctx) {
    const parsed = parseAnswerCustomId(interaction.payload.customId);
    if (parsed === null) return { content: 'This button is not valid.', ephemeral: true };
    return answerQuestion(ctx, interaction.guildId, interaction.payload.userId, parsed);
  },
};

/** A quiz card's "Take quiz" button (`tutorials:quiztake:<quizId>`): starts an attempt, ephemeral. */
export const takeButtonHandler: ComponentHandler<TutorialsContext> = {
  customIdPrefix: TAKE_PREFIX,
  async handle(interaction, ctx) {
    const parsed = parseTakeCustomId(interaction.payload.customId);
    const quiz = ctx.config.quizzes.items.find((q) => q.id === parsed?.quizId);
    if (quiz === undefined) return { content: 'This quiz is no longer available: see `/quiz list`.', ephemeral: true };
    const { guildId, payload } = interaction;
    return startAttempt(ctx, { guildId, userId: payload.userId, interactionId: payload.interactionId }, quiz);
  },
};
