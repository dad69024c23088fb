import type { InteractionOutcome } from '../content/contentCommunity.js';
import type { ContentCommunity } from '../content/contentCommunity.js';

/** A five-question quiz: the right answer of each is the choice "right". */
export const BASICS = {
  id: 'git_basics',
  title: 'Git basics',
  topic: 'version control',
  shuffle: false,
  questions: Array.from({ length: 5 }, (_unused, i) => ({
    prompt: `Question ${i + 1}?`,
    choices: ['wrong', 'right', 'also wrong'],
    answer: 1,
    explanation: `Because ${i + 1}.`,
  })),
};

/** The tutorials section with {@link BASICS}. */
export const QUIZ_SECTIONS: Record<string, unknown> = { tutorials: { quizzes: { items: [BASICS] } } };

/**
 * Presses a button on an interaction's ephemeral reply, as the member it was shown to.
 * @param c - the community
 * @param userId - who presses
 * @param replyTo - the interaction whose reply holds the button
 * @param customId - the button
 */
export async function pressReply(
  c: ContentCommunity,
  userId: string,
  replyTo: InteractionOutcome,
  customId: string,
): Promise<InteractionOutcome> {
  const { interactionId } = await c.c.sandbox.pressReplyComponent({
    interactionId: replyTo.interactionId,
    userId,
    customId,
  });
  await c.c.settle();
  const found = await c.c.sandbox.getInteraction(interactionId);
  return { interactionId, reply: found?.reply ?? null, modal: found?.modal ?? null };
}

/** The custom ids of a reply's buttons. */
export function buttonsOf(outcome: InteractionOutcome): string[] {
  return (outcome.reply?.components ?? []).flatMap((row) => row.components.map((b) => b.customId));
}

/**
 * Answers every question of the attempt `start` opened: `rightCount` right, then wrong ones.
 * @param c - the community
 * @param userId - the member
 * @param start - the interaction showing question 1
 * @param rightCount - how many to answer right (the first ones)
 */
export async function answerAll(
  c: ContentCommunity,
  userId: string,
  start: InteractionOutcome,
  rightCount: number,
): Promise<InteractionOutcome> {
  let current = start;
  for (let i = 0; i < BASICS.questions.length; i++) {
    const buttons = buttonsOf(current);
    const pick = i < rightCount ? buttons[1] : buttons[0];
    if (pick === undefined) throw new Error(`no buttons on question ${i + 1}: ${current.reply?.content ?? ''}`);
    current = await pressReply(c, userId, current, pick);
  }
  return current;
}
