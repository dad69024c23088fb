import type { CommandHandler } from '../../../core/defineModule.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { parseDuration } from '../../../config/Duration.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import { SURVEY_KINDS, type SurveyKind } from '../config/FeedbackTypes.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { isFeedbackStaff } from '../roles/isFeedbackStaff.js';
import { closeSurvey } from './closeSurvey.js';
import { openSurvey } from './openSurvey.js';
import { resultsLine } from './surveyCard.js';
import { surveyResults } from './surveyResults.js';
import { latestSurvey } from './surveyStore.js';
import { defaultQuestion } from './surveyWords.js';

/** Shortest and longest time a survey may stay open. */
const OPEN_FOR_MIN_MS = 60_000;
const OPEN_FOR_MAX_MS = 90 * 86_400_000;

type Command = DomainEventOf<'interaction.command'>;
const privately = (content: string): InteractionReply => ({ content, ephemeral: true });

async function start(interaction: Command, ctx: FeedbackContext): Promise<InteractionReply> {
  const { options, userId, channelId, interactionId } = interaction.payload;
  const kind = options.kind;
  if (typeof kind !== 'string' || !(SURVEY_KINDS as readonly string[]).includes(kind)) {
    return privately(`kind must be one of: ${SURVEY_KINDS.join(', ')}.`);
  }
  const question = typeof options.question === 'string' ? options.question.trim() : '';
  if (question.length > 300) return privately(`The question is ${question.length} characters; at most 300.`);
  let openForMs = ctx.config.surveys.openFor;
  if (typeof options.open_for === 'string') {
    const parsed = parseDuration(options.open_for);
    if (parsed === null || parsed < OPEN_FOR_MIN_MS || parsed > OPEN_FOR_MAX_MS) {
      return privately('open_for must be a duration from 1m to 90d, such as "30m", "24h" or "7d".');
    }
    openForMs = parsed;
  }
  const target = typeof options.channel === 'string' ? options.channel : channelId;
  const guild = await ctx.platform.fetchGuild(interaction.guildId);
  const channel = guild.channels.find((c) => c.id === target);
  if (
    channel === undefined ||
    (channel.kind !== 'text' && channel.kind !== 'announcement' && channel.kind !== 'thread')
  ) {
    return privately('Surveys can be posted in a text or announcement channel or a thread.');
  }
  const survey = await openSurvey(ctx, interaction.guildId, {
    id: interactionId,
    kind: kind as SurveyKind,
    question: question === '' ? defaultQuestion(kind as SurveyKind, guild.name) : question,
    channelId: channel.id,
    openForMs,
    scheduleId: null,
    openedBy: userId,
  });
  return privately(
    `Survey posted in <#${channel.id}>; it closes <t:${Math.floor(survey.closes_at / 1000)}:R>. Id: \`${survey.id}\`.`,
  );
}

async function close(interaction: Command, ctx: FeedbackContext): Promise<InteractionReply> {
  const survey = await latestSurvey(ctx, interaction.guildId, true);
  if (survey === null) return privately('No survey is open.');
  const results = await closeSurvey(ctx, interaction.guildId, survey.id);
  return privately(results === null ? 'The survey was already closed.' : `Survey closed. ${resultsLine(results)}`);
}

async function results(interaction: Command, ctx: FeedbackContext): Promise<InteractionReply> {
  const survey = await latestSurvey(ctx, interaction.guildId, false);
  if (survey === null) return privately('No survey has been run yet.');
  const found = await surveyResults(ctx.db, interaction.guildId, survey.id);
  if (found === null) return privately('No survey has been run yet.');
  const state = found.closedAt === null ? `open until <t:${Math.floor(found.closesAt / 1000)}:F>` : 'closed';
  const spread = found.distribution.map((d) => `${d.score}: ${d.count}`).join(' · ');
  return privately(
    `**${found.question.slice(0, 300)}** (${state})\n${resultsLine(found)}\n${spread}\n${found.comments} comment${found.comments === 1 ? '' : 's'} (on the dashboard).`,
  );
}

/**
 * `/survey` (staff): `start kind:<satisfaction|nps> [question] [channel] [open_for]` posts a
 * survey with score buttons; `close` closes the open survey now; `results` shows the latest
 * survey's results. Discord offers it to members with Manage Messages; the handler checks
 * feedback staff itself.
 */
export const surveyCommand: CommandHandler<FeedbackContext> = {
  definition: {
    name: 'survey',
    description: 'Staff: satisfaction and NPS surveys',
    defaultMemberPermissions: ['ManageMessages'],
    options: [
      {
        type: 'subcommand',
        name: 'start',
        description: 'Post a survey with score buttons',
        options: [
          {
            name: 'kind',
            description: 'Satisfaction (1–10) or NPS (0–10)',
            type: 'string',
            required: true,
            choices: [
              { name: 'Satisfaction (1–10)', value: 'satisfaction' },
              { name: 'NPS (0–10)', value: 'nps' },
            ],
          },
          { name: 'question', description: 'The question (default per kind), up to 300 characters', type: 'string' },
          { name: 'channel', description: 'Where to post it (default: here)', type: 'channel' },
          { name: 'open_for', description: 'How long answers are accepted, e.g. 24h or 7d', type: 'string' },
        ],
      },
      { type: 'subcommand', name: 'close', description: 'Close the open survey now and post its results' },
      { type: 'subcommand', name: 'results', description: "The latest survey's results" },
    ],
  },
  async handle(interaction, ctx) {
    if (!(await isFeedbackStaff(ctx, interaction.guildId, interaction.payload))) {
      return privately('Only feedback staff can run surveys.');
    }
    switch (interaction.payload.subcommand ?? null) {
      case 'start':
        return start(interaction, ctx);
      case 'close':
        return close(interaction, ctx);
      case 'results':
        return results(interaction, ctx);
      case null:
      default:
        return privately('Unknown subcommand.');
    }
  },
};
