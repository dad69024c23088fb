import type { ComponentHandler } from '../../../core/defineModule.js';
import type { InteractionReply } from '../../../platform/types/Interaction.js';
import type { LearningContext } from '../LearningContext.js';
import { isLearningStaff } from '../roles/isLearningStaff.js';
import { parseSessionButtonId, SESSION_BUTTON_PREFIX, type SessionAnswer } from './journeyCustomIds.js';
import { findMentorship, findSession, type MentorshipRow } from './journeyStore.js';
import { recordOutcome, type SessionRecord } from './recordOutcome.js';
import { sessionTitle } from './sessionMessages.js';

const privately = (content: string): InteractionReply => ({ content, ephemeral: true });

const OUTCOME_WORDS: Record<string, string> = { met: 'met', no_show: 'a no-show', skipped: 'skipped' };

function recordOf(answer: SessionAnswer, mentorship: MentorshipRow, by: string): SessionRecord {
  switch (answer) {
    case 'met':
      return { outcome: 'met', noShowUserId: null, by };
    case 'mentor_absent':
      return { outcome: 'no_show', noShowUserId: mentorship.mentor_id, by };
    case 'mentee_absent':
      return { outcome: 'no_show', noShowUserId: mentorship.mentee_id, by };
    case 'skip':
      return { outcome: 'skipped', noShowUserId: null, by };
  }
}

/**
 * A session prompt's buttons (`learning:session:<sessionId>:met|mentor_absent|mentee_absent|skip`):
 * only the mentor, the mentee or learning staff may answer; the first answer is recorded
 * (see `recordOutcome`) and later presses are refused, so a contribution or a no-show is
 * never counted twice or taken back.
 */
export const sessionButtonHandler: ComponentHandler<LearningContext> = {
  customIdPrefix: SESSION_BUTTON_PREFIX,
  async handle(interaction, ctx) {
    const parsed = parseSessionButtonId(interaction.payload.customId);
    if (interaction.type !== 'interaction.button' || parsed === null) return privately('This button is not valid.');
    const guildId = interaction.guildId;
    const session = await findSession(ctx.db, guildId, parsed.sessionId);
    const mentorship = session === null ? null : await findMentorship(ctx.db, guildId, session.mentorship_id);
    if (session === null || mentorship === null) return privately('This session no longer exists.');
    const userId = interaction.payload.userId;
    const member = userId === mentorship.mentor_id || userId === mentorship.mentee_id;
    if (!member && !(await isLearningStaff(ctx, guildId, interaction.payload))) {
      return privately('Only the mentor and the mentee of this mentorship can answer.');
    }
    if (session.outcome !== 'pending') {
      return privately(
        `${sessionTitle(session)} is already recorded as ${OUTCOME_WORDS[session.outcome] ?? session.outcome}.`,
      );
    }
    const recorded = await recordOutcome(ctx, guildId, session.id, recordOf(parsed.answer, mentorship, userId));
    if (recorded === null) return privately(`${sessionTitle(session)} was already recorded.`);
    return privately(`Recorded: ${sessionTitle(session)} — ${OUTCOME_WORDS[recorded.outcome] ?? recorded.outcome}.`);
  },
};
