import type { CommandHandler } from '../../../core/defineModule.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { isModuleStaff } from '../../../core/staffMembers.js';
import { truncateText } from '../../../platform/fitMessage.js';
import { MESSAGE_CONTENT_LIMIT, type InteractionReply } from '../../../platform/Platform.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { quizCard } from './quizMessages.js';
import type { QuizDefinition } from './quizzesConfig.js';
import { startAttempt } from './startAttempt.js';

type Command = DomainEventOf<'interaction.command'>;

const QUIZ_OPTION = {
  name: 'quiz',
  description: 'The quiz id (see /quiz list)',
  type: 'string',
  required: true,
} as const;

/** The quiz a command names, or the answer saying it does not exist. */
function findQuiz(ctx: TutorialsContext, interaction: Command): QuizDefinition | InteractionReply {
  const id = String(interaction.payload.options['quiz'] ?? '').trim();
  const quiz = ctx.config.quizzes.items.find((q) => q.id === id);
  return quiz ?? { content: `There is no quiz "${id}": \`/quiz list\` shows them.`, ephemeral: true };
}

function listQuizzes(ctx: TutorialsContext): InteractionReply {
  const { items, passPercent } = ctx.config.quizzes;
  if (items.length === 0) return { content: 'There are no quizzes yet.', ephemeral: true };
  const lines = items.map(
    (q) =>
      `• \`${q.id}\` **${q.title}**${q.topic === undefined ? '' : ` · ${q.topic}`} · ${q.questions.length} question${
        q.questions.length === 1 ? '' : 's'
      }`,
  );
  lines.push('', `Take one with \`/quiz take quiz:<id>\`; ${passPercent}% passes.`);
  return { content: truncateText(lines.join('\n'), MESSAGE_CONTENT_LIMIT), ephemeral: true };
}

async function postQuiz(ctx: TutorialsContext, interaction: Command): Promise<InteractionReply> {
  const { guildId, payload } = interaction;
  if (!(await isModuleStaff(ctx, guildId, payload))) {
    return { content: 'Only tutorials staff can post quizzes.', ephemeral: true };
  }
  const quiz = findQuiz(ctx, interaction);
  if (!('questions' in quiz)) return quiz;
  const channel = payload.options['channel'];
  const channelId = typeof channel === 'string' && channel !== '' ? channel : payload.channelId;
  await ctx.platform.sendMessage(channelId, {
    ...quizCard(quiz, ctx.config.quizzes.passPercent),
    nonce: `quiz-card:${payload.interactionId}`,
  });
  return { content: `Posted the quiz **${quiz.title}** in <#${channelId}>.`, ephemeral: true };
}

/**
 * `/quiz`: everyone `list` and `take quiz:<id>` (an ephemeral message with the first question
 * and one button per choice); staff `post quiz:<id> [channel]` (a card with a "Take quiz" button).
 */
export const quizCommand: CommandHandler<TutorialsContext> = {
  definition: {
    name: 'quiz',
    description: 'Quizzes: test what you learned',
    options: [
      { type: 'subcommand', name: 'list', description: 'The quizzes you can take' },
      { type: 'subcommand', name: 'take', description: 'Take a quiz (only you see it)', options: [QUIZ_OPTION] },
      {
        type: 'subcommand',
        name: 'post',
        description: 'Staff: post a quiz card with a "Take quiz" button',
        options: [QUIZ_OPTION, { name: 'channel', description: 'Where (default: here)', type: 'channel' }],
      },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'list':
        return listQuizzes(ctx);
      case 'take': {
        const quiz = findQuiz(ctx, interaction);
        if (!('questions' in quiz)) return quiz;
        const { guildId, payload } = interaction;
        return startAttempt(ctx, { guildId, userId: payload.userId, interactionId: payload.interactionId }, quiz);
      }
      case 'post':
        return postQuiz(ctx, interaction);
      case null:
      default:
        return { content: 'Choose /quiz list, take or post.', ephemeral: true };
    }
  },
};
