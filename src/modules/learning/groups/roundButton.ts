import type { ComponentHandler } from '../../../core/defineModule.js';
import type { LearningContext } from '../LearningContext.js';
import { isLearningStaff } from '../roles/isLearningStaff.js';
import { formPreviewedRound } from './formRound.js';
import { formedAnswer } from './roundAnswer.js';
import { parseRoundCustomId, ROUND_PREFIX } from './roundCustomId.js';

/**
 * The "Form these groups" button of a preview (`learning:round:<roundId>:form`, staff only):
 * forms the previewed round; when profiles changed since, the round is solved again with
 * today's profiles and the answer says so.
 */
export const roundButtonHandler: ComponentHandler<LearningContext> = {
  customIdPrefix: ROUND_PREFIX,
  async handle(interaction, ctx) {
    const parsed = parseRoundCustomId(interaction.payload.customId);
    if (parsed === null) return { content: 'This button is not valid.', ephemeral: true };
    if (!(await isLearningStaff(ctx, interaction.guildId, interaction.payload))) {
      return { content: 'Only learning staff can form study groups.', ephemeral: true };
    }
    const outcome = await formPreviewedRound(ctx, interaction.guildId, parsed.roundId, interaction.payload.userId);
    switch (outcome.kind) {
      case 'gone':
        return { content: 'This preview was replaced by a newer one: preview again.', ephemeral: true };
      case 'already':
        return formedAnswer(outcome.result, 'These groups were formed already.');
      case 'formed':
        return formedAnswer(
          outcome.result,
          outcome.changed
            ? 'Profiles changed since the preview: the groups were formed again with the current profiles.'
            : null,
        );
    }
  },
};
