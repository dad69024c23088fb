import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { setMentorActive } from '../store/mentorStore.js';
import { boolOption } from './commandOptions.js';

/**
 * `/mentor pause paused:<bool>`: a paused mentor is kept but gets no new mentees (current
 * mentorships go on). Emits `learning.mentor_registered` with `active`.
 */
export const pauseMentorSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const paused = boolOption(interaction, 'paused');
  if (paused === null) return { content: 'Say paused:true or paused:false.', ephemeral: true };
  const { guildId } = interaction;
  const { userId, interactionId } = interaction.payload;
  const mentor = await setMentorActive(ctx.db, guildId, userId, !paused, ctx.clock.now());
  if (mentor === undefined) {
    return { content: 'You are not registered as a mentor: use /mentor register.', ephemeral: true };
  }
  await ctx.emit(
    'learning.mentor_registered',
    { userId, category: mentor.category, capacity: mentor.capacity, active: !paused },
    { key: `mentor-pause:${interactionId}`, guildId },
  );
  return {
    content: paused
      ? 'Mentoring paused: you get no new mentees (your current mentorships go on). Resume with /mentor pause paused:false.'
      : 'Mentoring resumed: you can be matched with new mentees.',
    ephemeral: true,
  };
};
