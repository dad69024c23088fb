import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { endMentorship } from './endMentorship.js';
import { mentorshipsOf } from './journeyStore.js';

/**
 * `/mentor end [member]`: ends an active mentorship of the caller (as mentor or mentee): the
 * one with `member`, or their only one. Status `ended`, sessions not yet prompted removed (so
 * their jobs do nothing), `learning.mentorship_ended` reason `ended`, the thread told.
 */
export const endSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const userId = interaction.payload.userId;
  const member = interaction.payload.options.member;
  const active = await mentorshipsOf(ctx.db, interaction.guildId, userId, true);
  const partnerOf = (m: (typeof active)[number]) => (m.mentor_id === userId ? m.mentee_id : m.mentor_id);
  const chosen = typeof member === 'string' ? active.filter((m) => partnerOf(m) === member) : active;
  if (chosen.length === 0) {
    return {
      content:
        typeof member === 'string'
          ? `You have no active mentorship with <@${member}>.`
          : 'You have no active mentorship to end.',
      ephemeral: true,
    };
  }
  const [mentorship] = chosen;
  if (chosen.length > 1 || mentorship === undefined) {
    return {
      content: `You have ${chosen.length} active mentorships (${chosen.map((m) => `<@${partnerOf(m)}>`).join(', ')}): say which with \`member\`.`,
      ephemeral: true,
    };
  }
  const ended = await endMentorship(ctx, mentorship, 'ended', userId);
  return {
    content: ended
      ? `Your mentorship with <@${partnerOf(mentorship)}> has ended. Thank you!`
      : 'This mentorship had already ended.',
    ephemeral: true,
  };
};
