import type { OutgoingMessage } from '../../../platform/types/OutgoingMessage.js';
import { SESSION_KIND_LABELS, type SessionKind } from '../config/LearningTypes.js';
import { sessionButtonId } from './journeyCustomIds.js';
import type { MentorshipRow, SessionRow } from './journeyStore.js';

/** What each session is for (seed 003's journey). */
export const SESSION_PURPOSES: Record<SessionKind, string> = {
  intro: 'goal setting, expectations and communication preferences',
  checkin: 'progress review, challenges and guidance',
  milestone: 'celebrate what you achieved and adjust your goals',
  project: 'a joint project to work on together, for your portfolio',
};

const title = (session: Pick<SessionRow, 'kind' | 'seq'>): string =>
  session.kind === 'intro' ? SESSION_KIND_LABELS.intro : `${SESSION_KIND_LABELS[session.kind]} #${session.seq}`;

/**
 * The prompt posted in the pair's thread when a session is due: both mentioned (and only
 * they pinged), what it is for, and a button per outcome.
 * @param mentorship - the pair
 * @param session - the session due
 * @param answerBy - epoch ms after which an unanswered session counts as skipped
 */
export function sessionPrompt(mentorship: MentorshipRow, session: SessionRow, answerBy: number): OutgoingMessage {
  const deadline = Math.floor(answerBy / 1000);
  return {
    content:
      `<@${mentorship.mentor_id}> <@${mentorship.mentee_id}> **${title(session)}** is due: ${SESSION_PURPOSES[session.kind]}.\n` +
      `Meet when it suits you both, then tell me how it went (before <t:${deadline}:f>, else it counts as skipped).`,
    allowedUserMentions: [mentorship.mentor_id, mentorship.mentee_id],
    components: [
      {
        components: [
          { kind: 'button', customId: sessionButtonId(session.id, 'met'), label: 'We met', style: 'success' },
          {
            kind: 'button',
            customId: sessionButtonId(session.id, 'mentor_absent'),
            label: 'Mentor did not show',
            style: 'secondary',
          },
          {
            kind: 'button',
            customId: sessionButtonId(session.id, 'mentee_absent'),
            label: 'Mentee did not show',
            style: 'secondary',
          },
          { kind: 'button', customId: sessionButtonId(session.id, 'skip'), label: 'Skip this one', style: 'secondary' },
        ],
      },
    ],
  };
}

/**
 * The DM prompt for a pair without a thread (members who allowed DMs only): no buttons.
 * @param session - the session due
 */
export function sessionPromptDm(session: SessionRow): string {
  return `Your mentorship's **${title(session)}** is due: ${SESSION_PURPOSES[session.kind]}. See /mentor status for your journey.`;
}

/**
 * The outcome line a prompt is edited to once recorded (buttons removed; nobody pinged).
 * @param mentorship - the pair
 * @param session - the recorded session
 */
export function sessionResult(mentorship: MentorshipRow, session: SessionRow): OutgoingMessage {
  const by = session.recorded_by === null ? '' : ` (recorded by <@${session.recorded_by}>)`;
  const outcome =
    session.outcome === 'met'
      ? '✅ you met'
      : session.outcome === 'no_show'
        ? `❌ <@${session.no_show_user_id ?? ''}> did not show`
        : session.outcome === 'skipped'
          ? '⏭️ skipped'
          : 'waiting for an answer';
  return {
    content: `<@${mentorship.mentor_id}> <@${mentorship.mentee_id}> **${title(session)}**: ${outcome}${by}.`,
  };
}

/**
 * The title of a session for lists (`Check-in #2`).
 * @param session - the session
 */
export function sessionTitle(session: Pick<SessionRow, 'kind' | 'seq'>): string {
  return title(session);
}
