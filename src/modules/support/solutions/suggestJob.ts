import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { getQuestion, updateQuestion } from '../store/Questions.js';
import type { SupportContext } from '../SupportContext.js';
import { messageLink } from './messageLink.js';
import { solveCustomId } from './solveCustomId.js';

/**
 * Job: `solutions.suggestAfter` after the asker thanked someone. When the question is still
 * answered and unsolved, the asker has not posted since and this message was not suggested
 * already, asks the asker in the thread (pinging only them) whether it solved their question,
 * with a "Mark as solution" button; emits `support.solution_suggested`. Marks nothing.
 */
export const suggestSolutionJob = defineJob({
  name: 'suggestSolution',
  payload: z.object({
    guildId: z.string(),
    questionId: z.string(),
    thanksMessageId: z.string(),
    thanksAt: z.number(),
    messageId: z.string(),
    authorId: z.string(),
  }),
  async run({ guildId, questionId, thanksMessageId, thanksAt, messageId, authorId }, ctx: SupportContext) {
    const question = await getQuestion(ctx, guildId, questionId);
    if (question?.status !== 'answered' || question.last_asker_at > thanksAt) return;
    if (question.suggested_message_id === messageId) return;
    const asker = question.asker_id;
    const link = messageLink(guildId, questionId, messageId);
    await ctx.platform.sendMessage(questionId, {
      content: `<@${asker}>, did <@${authorId}>'s answer solve it? ${link}\nIf it did, mark it so others find it.`,
      components: [
        {
          components: [
            {
              kind: 'button',
              customId: solveCustomId(questionId, messageId),
              label: '✅ Mark as solution',
              style: 'success',
            },
          ],
        },
      ],
      allowedUserMentions: [asker],
      nonce: `support:suggest:${questionId}:${thanksMessageId}`,
    });
    await updateQuestion(ctx, guildId, questionId, { suggested_message_id: messageId, suggested_at: ctx.clock.now() });
    await ctx.emit(
      'support.solution_suggested',
      { questionId, messageId, authorId },
      { key: `${questionId}:suggested:${thanksMessageId}`, guildId },
    );
  },
});
