import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import type { LearningContext } from '../LearningContext.js';
import { mentorshipsOf, sessionsOf, type MentorshipRow } from './journeyStore.js';
import { sessionTitle } from './sessionMessages.js';

/** Most mentorships `/mentor status` lists (active ones first). */
const LISTED = 5;

const day = (ms: number): string => `<t:${Math.floor(ms / 1000)}:D>`;

async function describe(ctx: LearningContext, m: MentorshipRow, userId: string): Promise<string> {
  const asMentor = m.mentor_id === userId;
  const head = asMentor ? `**Mentoring <@${m.mentee_id}>**` : `**Mentored by <@${m.mentor_id}>**`;
  const sessions = await sessionsOf(ctx.db, m.guild_id, m.id);
  const count = (outcome: string) => sessions.filter((s) => s.outcome === outcome).length;
  const tally = `met ${count('met')} · missed ${count('no_show')} · skipped ${count('skipped')}`;
  if (m.status !== 'active') {
    const how =
      m.status === 'completed' ? 'completed' : m.end_reason === 'member_left' ? 'ended (a member left)' : 'ended';
    return `${head}: started ${day(m.started_at)}, ${how} ${day(m.ended_at ?? m.ends_at)}\nSessions: ${tally}`;
  }
  const now = ctx.clock.now();
  const open = sessions.find((s) => s.outcome === 'pending' && s.prompt_message_id !== null);
  const next = sessions.find((s) => s.outcome === 'pending' && s.due_at > now);
  const lines = [
    `${head}: started ${day(m.started_at)}, ends ${day(m.ends_at)}`,
    `Sessions: ${tally}`,
    ...(open === undefined ? [] : [`Waiting for your answer: ${sessionTitle(open)} (buttons in your thread)`]),
    next === undefined
      ? 'Next session: none before the end'
      : `Next session: ${sessionTitle(next)} <t:${Math.floor(next.due_at / 1000)}:R>`,
  ];
  return lines.join('\n');
}

/**
 * `/mentor status`: the caller's mentorships as mentor or mentee (active first, then the
 * latest, at most 5): partner, start, end, next session, sessions met / missed / skipped.
 */
export const statusSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const userId = interaction.payload.userId;
  const mentorships = await mentorshipsOf(ctx.db, interaction.guildId, userId, false);
  if (mentorships.length === 0) {
    return {
      content: 'You have no mentorships yet. Use /mentor find or /mentor recommend to get one.',
      ephemeral: true,
    };
  }
  const parts: string[] = [];
  for (const m of mentorships.slice(0, LISTED)) parts.push(await describe(ctx, m, userId));
  const more = mentorships.length > LISTED ? `\n…and ${mentorships.length - LISTED} earlier.` : '';
  return { content: parts.join('\n\n') + more, ephemeral: true };
};
