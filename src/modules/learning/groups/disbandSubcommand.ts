import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { isLearningStaff } from '../roles/isLearningStaff.js';
import { disbandGroup } from './disbandGroup.js';
import { GroupStore } from './groupStore.js';

/**
 * `/study-groups disband group:<n>` (staff): disbands an active group (its role removed and
 * deleted, its thread archived and locked).
 */
export const disbandSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const { payload, guildId } = interaction;
  if (!(await isLearningStaff(ctx, guildId, payload))) {
    return { content: 'Only learning staff can disband study groups.', ephemeral: true };
  }
  const number = payload.options.group;
  if (typeof number !== 'number') return { content: 'Give the group number.', ephemeral: true };
  const group = await new GroupStore(ctx.db).groupByNumber(guildId, number);
  if (group === undefined) return { content: `There is no study group ${number}.`, ephemeral: true };
  const done = await disbandGroup(ctx, group, payload.userId);
  return {
    content: done ? `Study group ${number} is disbanded.` : `Study group ${number} was disbanded already.`,
    ephemeral: true,
  };
};
