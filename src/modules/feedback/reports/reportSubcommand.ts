import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';
import { boolOption } from '../lifecycle/commandOptions.js';
import { buildWeeklyReport } from './buildWeeklyReport.js';
import { reportChannelId } from './reportChannel.js';
import { reportEmbed } from './reportEmbed.js';
import { weekSoFar } from './reportWeek.js';
import { scheduleWeeklyReport } from './weeklyReportJob.js';

/**
 * `/feedback-staff report [post]` (staff checked by the command): this week's report so far
 * (from the latest `report.weekday`), answered privately; with `post:true` also posted to
 * `feedback.report.channel` (not stored: the weekly job stores whole weeks), which also makes
 * sure the weekly post is scheduled.
 */
export const reportSubcommand: FeedbackSubcommand = async (interaction, ctx) => {
  const guildId = interaction.guildId;
  const week = weekSoFar(ctx.config, ctx.clock.now());
  const report = await buildWeeklyReport(ctx.db, guildId, ctx.config, week.from, week.to);
  const embed = reportEmbed(report, ctx.config.timezone, true);
  if (boolOption(interaction, 'post') !== true) return { embeds: [embed], ephemeral: true };
  if (ctx.config.report.channel === null) {
    return {
      content: 'No report channel is configured (`feedback.report.channel`): here is the report.',
      embeds: [embed],
      ephemeral: true,
    };
  }
  const channelId = await reportChannelId(ctx, guildId);
  if (channelId === null) {
    return {
      content: `There is no text channel named #${ctx.config.report.channel} (\`feedback.report.channel\`): here is the report.`,
      embeds: [embed],
      ephemeral: true,
    };
  }
  await ctx.platform.sendMessage(channelId, { embeds: [embed] });
  await scheduleWeeklyReport(ctx, guildId, ctx.clock.now());
  return { content: `Posted to <#${channelId}>.`, embeds: [embed], ephemeral: true };
};
