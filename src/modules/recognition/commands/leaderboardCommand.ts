import type { CommandHandler } from '../../../core/defineModule.js';
import { truncateText } from '../../../platform/fitMessage.js';
import { PERIODS, type Period } from '../config/LeaderboardsConfig.js';
import { boardFor } from '../leaderboards/boardFor.js';
import { leaderboardEmbed } from '../leaderboards/leaderboardEmbed.js';
import { periodRank } from '../queries/periodRank.js';
import { recognitionDb } from '../RecognitionTables.js';
import type { RecognitionContext } from '../RecognitionContext.js';

const PERIOD_NAMES: Record<Period, string> = {
  week: 'this week',
  month: 'this month',
  season: 'this season',
  all: 'all time',
};

/** `/leaderboard [period] [category]`: the current standings, and where you are. */
export const leaderboardCommand: CommandHandler<RecognitionContext> = {
  definition: {
    name: 'leaderboard',
    description: 'Show the leaderboard (this week by default)',
    options: [
      {
        name: 'period',
        description: 'Which period',
        type: 'string',
        required: false,
        choices: PERIODS.map((p) => ({ name: PERIOD_NAMES[p], value: p })),
      },
      {
        name: 'category',
        description: 'points (default), helpful_answers, tutorials, events_attended, support_heroes …',
        type: 'string',
        required: false,
      },
    ],
  },
  async handle(interaction, ctx) {
    const { options, userId } = interaction.payload;
    const { rules } = ctx.state;
    const periodOption = options.period;
    const period = (PERIODS as readonly unknown[]).includes(periodOption)
      ? (periodOption as Period)
      : ctx.config.leaderboards.defaultPeriod;
    const category = typeof options.category === 'string' && options.category !== '' ? options.category : 'points';
    if (category !== 'points' && rules.categories[category] === undefined) {
      const known = ['points', ...Object.keys(rules.categories)].join(', ');
      // The typed name is echoed short, so the list of categories is never what gets cut.
      const named = truncateText(category, 100);
      return { content: `There is no leaderboard category "${named}". Categories: ${known}.`, ephemeral: true };
    }
    const db = recognitionDb(ctx.db);
    const board = await boardFor(
      db,
      rules,
      interaction.guildId,
      period,
      category,
      ctx.clock.now(),
      ctx.config.leaderboards.size,
      ctx.config.removedMessages.hideBanned,
    );
    const mine = await periodRank(
      db,
      interaction.guildId,
      board.window.key,
      category,
      userId,
      ctx.config.removedMessages.hideBanned,
    );
    const where =
      mine === null
        ? `You are not on this leaderboard yet.`
        : `You are #${mine.position} of ${mine.ranked} (${board.format(mine.value)}).`;
    return {
      content: where,
      embeds: [leaderboardEmbed(`${board.label} · ${board.window.label}`, board.standings, board.format)],
      ephemeral: true,
    };
  },
};
