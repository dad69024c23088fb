import { GroupTypeName } from '../config/LearningTypes.js';
import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { isLearningStaff } from '../roles/isLearningStaff.js';
import { formRound } from './formRound.js';
import { formedAnswer, previewAnswer } from './roundAnswer.js';

/**
 * `/study-groups form type:<type> [preview]` (staff): forms the groups of that type over
 * everyone taking part, or with `preview` answers the proposed groups and a "Form these
 * groups" button. The round's id is the interaction's, so it is formed once.
 */
export const formSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const { payload, guildId } = interaction;
  if (!(await isLearningStaff(ctx, guildId, payload))) {
    return { content: 'Only learning staff can form study groups.', ephemeral: true };
  }
  const type = GroupTypeName.safeParse(payload.options.type);
  if (!type.success) return { content: 'Choose a group type.', ephemeral: true };
  const preview = payload.options.preview === true;
  const result = await formRound(ctx, guildId, {
    type: type.data,
    preview,
    by: payload.userId,
    source: 'command',
    roundId: `cmd-${payload.interactionId}`,
  });
  return preview ? previewAnswer(result) : formedAnswer(result);
};
