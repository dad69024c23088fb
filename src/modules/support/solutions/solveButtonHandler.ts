import type { ComponentHandler } from '../../../core/defineModule.js';
import type { SupportContext } from '../SupportContext.js';
import { privately } from './solutionAccess.js';
import { SOLVE_PREFIX, parseSolveCustomId } from './solveCustomId.js';
import { solveFromInteraction } from './solveFromInteraction.js';

/**
 * The "✅ Mark as solution" button (`support:solve:<questionId>[:<messageId>]`) of a suggested
 * solution or a nudge: marks the question solved with that message, with the same checks as
 * `/solved` (the asker, helpers or staff; not solved yet; a member's message in the thread).
 */
export const solveButtonHandler: ComponentHandler<SupportContext> = {
  customIdPrefix: SOLVE_PREFIX,
  async handle(interaction, ctx) {
    const action = parseSolveCustomId(interaction.payload.customId);
    if (action === null || interaction.type !== 'interaction.button') return privately('This button is not valid.');
    const { userId, memberRoles } = interaction.payload;
    return solveFromInteraction(ctx, {
      actor: { guildId: interaction.guildId, userId, memberRoles },
      questionId: action.questionId,
      target:
        action.messageId === null ? { kind: 'none', helperId: null } : { kind: 'id', messageId: action.messageId },
      via: 'button',
      key: interaction.id,
    });
  },
};
