import type { CommandHandler } from '../../../core/defineModule.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { SupportContext } from '../SupportContext.js';
import { parseMessagePointer } from './messageLink.js';
import { reopenQuestion } from './reopenQuestion.js';
import { privately, type Actor } from './solutionAccess.js';
import { solveFromInteraction, type SolutionTarget } from './solveFromInteraction.js';

type CommandInteraction = DomainEventOf<'interaction.command'>;

/** The name members see on the message context menu (Apps → Mark as solution). */
export const MARK_AS_SOLUTION = 'Mark as solution';

function actorOf(interaction: CommandInteraction): Actor {
  const { userId, memberRoles } = interaction.payload;
  return { guildId: interaction.guildId, userId, memberRoles };
}

/**
 * `/solved [answer] [helper]`, in a question's thread: marks it solved (the asker, helpers or
 * staff). `answer` is a link to (or the id of) the message that solved it, in this thread;
 * without one, `helper` names the member who helped. Answers are ephemeral; the thread gets a
 * public confirmation.
 */
export const solvedCommand: CommandHandler<SupportContext> = {
  definition: {
    name: 'solved',
    description: 'Mark this question solved (use it in the question’s thread)',
    options: [
      { name: 'answer', description: 'Link to (or id of) the message that solved it', type: 'string' },
      { name: 'helper', description: 'Who helped, when you give no message', type: 'user' },
    ],
  },
  async handle(interaction, ctx) {
    const { answer, helper } = interaction.payload.options;
    let target: SolutionTarget = { kind: 'none', helperId: typeof helper === 'string' ? helper : null };
    if (typeof answer === 'string' && answer.trim() !== '') {
      const pointer = parseMessagePointer(answer);
      if (pointer === null) return privately('`answer` must be a message link (Copy Message Link) or a message id.');
      if (pointer.channelId !== null && pointer.channelId !== interaction.payload.channelId) {
        return privately("That message is not in this question's thread.");
      }
      target = { kind: 'id', messageId: pointer.messageId };
    }
    return solveFromInteraction(ctx, {
      actor: actorOf(interaction),
      questionId: interaction.payload.channelId,
      target,
      via: 'command',
      key: interaction.id,
    });
  },
};

/** `/unsolved`, in a solved question's thread: reopens it (the asker, helpers or staff). */
export const unsolvedCommand: CommandHandler<SupportContext> = {
  definition: { name: 'unsolved', description: 'Reopen this solved question (use it in its thread)' },
  async handle(interaction, ctx) {
    return reopenQuestion(ctx, actorOf(interaction), interaction.payload.channelId, interaction.id);
  },
};

/**
 * The message context-menu command "Mark as solution" (right-click a message → Apps): marks
 * the message as the solution of the question whose thread it is in.
 * @see https://discord.com/developers/docs/interactions/application-commands#message-commands
 */
export const markAsSolutionCommand: CommandHandler<SupportContext> = {
  definition: { type: 'message', name: MARK_AS_SOLUTION, description: 'Mark this message as the solution' },
  async handle(interaction, ctx) {
    const message = interaction.payload.targetMessage;
    if (message === undefined) return privately('Use this on a message: right-click it → Apps → Mark as solution.');
    return solveFromInteraction(ctx, {
      actor: actorOf(interaction),
      questionId: message.channelId,
      target: { kind: 'known', messageId: message.messageId, authorId: message.authorId, authorBot: message.authorBot },
      via: 'context_menu',
      key: interaction.id,
    });
  },
};
