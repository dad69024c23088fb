import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { getMentor } from '../store/mentorStore.js';
import { getProfile } from '../store/profileStore.js';
import { stringOption } from './commandOptions.js';
import { profileEmbed } from './profileSummary.js';

/**
 * `/learn show [member]`: a learner profile (yours by default) and mentor offer, answered
 * privately. Any member may look up another's: profiles are the community's learning
 * directory (docs/learning.md says so); the do-not-pair list is never shown.
 */
export const showSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const self = interaction.payload.userId;
  const userId = stringOption(interaction, 'member') ?? self;
  const profile = await getProfile(ctx.db, interaction.guildId, userId);
  if (profile === undefined) {
    return {
      content:
        userId === self
          ? 'You have no learner profile yet: set one with /learn profile.'
          : `<@${userId}> has no learner profile.`,
      ephemeral: true,
    };
  }
  const mentor = await getMentor(ctx.db, interaction.guildId, userId);
  return { embeds: [profileEmbed(userId, profile, mentor)], ephemeral: true };
};
