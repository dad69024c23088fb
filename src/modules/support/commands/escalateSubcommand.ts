import { escalateQuestion } from '../escalation/escalateQuestion.js';
import { getQuestion } from '../store/Questions.js';
import type { SupportSubcommand } from './supportSubcommand.js';

/**
 * `/support escalate` (staff, in a question's thread): moves the question to the next tier now
 * (its role pinged in its channel, as when the tier's target passes), once per tier.
 */
export const escalateSubcommand: SupportSubcommand = async (interaction, ctx) => {
  const reply = (content: string) => ({ content, ephemeral: true });
  const question = await getQuestion(ctx, interaction.guildId, interaction.payload.channelId);
  if (question === undefined) return reply("Use /support escalate in a question's thread.");
  if (question.status === 'solved' || question.status === 'dormant') {
    return reply(`This question is ${question.status}: there is nothing to escalate.`);
  }
  const tiers = ctx.config.tiers;
  const current = tiers[question.tier];
  if (current === undefined) return reply('No escalation tiers are configured (`support.tiers`).');
  if (question.tier >= tiers.length - 1) return reply(`This question is already at the last tier (${current.name}).`);
  const outcome = await escalateQuestion(ctx, question);
  if (outcome.kind === 'moved') {
    await ctx.audit({
      guildId: interaction.guildId,
      actor: `discord:${interaction.payload.userId}`,
      action: 'support.escalate',
      target: question.id,
      details: { tier: outcome.tier.name },
    });
  }
  return reply(
    outcome.kind === 'moved'
      ? `Moved to the **${outcome.tier.name}** tier.`
      : 'This question already reached the next tier.',
  );
};
