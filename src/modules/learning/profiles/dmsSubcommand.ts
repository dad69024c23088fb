import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { setProfileFlags } from '../store/profileStore.js';
import { boolOption } from './commandOptions.js';
import { NO_PROFILE } from './groupsOptSubcommand.js';

/**
 * `/learn dms allowed:<bool>`: the member's own choice to get study-group and mentoring
 * prompts by DM as well (Guildhall DMs nobody who did not ask). Needs a profile: nothing is
 * created without one.
 */
export const dmsSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const allowed = boolOption(interaction, 'allowed');
  if (allowed === null) return { content: 'Say allowed:true or allowed:false.', ephemeral: true };
  const { guildId } = interaction;
  const { userId } = interaction.payload;
  const profile = await setProfileFlags(ctx.db, guildId, userId, { dm: allowed ? 1 : 0 }, ctx.clock.now());
  if (profile === undefined) return { content: NO_PROFILE, ephemeral: true };
  return {
    content: allowed
      ? 'You will get learning prompts by DM too (keep DMs from server members open).'
      : 'You will get learning prompts in their threads only.',
    ephemeral: true,
  };
};
