import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { setProfileFlags } from '../store/profileStore.js';
import { boolOption } from './commandOptions.js';

/** Answer to a member without a profile (nothing is created). */
export const NO_PROFILE = 'You have no learner profile yet: set one first with /learn profile.';

/**
 * `/learn groups join:<bool>`: take part in study-group rounds, or stop (existing groups are
 * not touched). Emits `learning.profile_updated`.
 */
export const groupsOptSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const join = boolOption(interaction, 'join');
  if (join === null) return { content: 'Say join:true or join:false.', ephemeral: true };
  const { guildId } = interaction;
  const { userId, interactionId } = interaction.payload;
  const profile = await setProfileFlags(ctx.db, guildId, userId, { groups_opt_in: join ? 1 : 0 }, ctx.clock.now());
  if (profile === undefined) return { content: NO_PROFILE, ephemeral: true };
  await ctx.emit(
    'learning.profile_updated',
    {
      userId,
      skill: profile.skill,
      pace: profile.pace,
      style: profile.style,
      groups: join,
      seekingMentor: profile.seeking_mentor === 1,
    },
    { key: `groups:${interactionId}`, guildId },
  );
  return {
    content: join
      ? 'You take part in the next study-group rounds.'
      : 'You will not be placed in new study groups (your current groups stay).',
    ephemeral: true,
  };
};
