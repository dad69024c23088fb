import type { OutgoingMessage } from '../../../platform/Platform.js';

/**
 * The reminder to the asker (the only member mentioned) to mark the answer that solved their
 * question, and how.
 * @param askerId - the asker
 */
export function markSolutionReminder(askerId: string): OutgoingMessage {
  return {
    content:
      `<@${askerId}> did an answer here solve your question? If so, please mark it: use \`/solved\` in this thread, ` +
      'or right-click the answer (long-press on mobile) → **Apps** → **Mark as solution**. It helps the next person with the same question.',
    allowedUserMentions: [askerId],
  };
}

/** The notice posted in a question's thread when it goes dormant (nobody pinged). */
export function dormantNotice(idleDays: number): OutgoingMessage {
  const idle = idleDays === 1 ? 'a day' : `${idleDays} days`;
  return {
    content: `This question has been quiet for ${idle}, so it is archived for now. Post here any time to reopen it.`,
  };
}
