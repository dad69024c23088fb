import type { ChannelSnapshot } from '../../../platform/Platform.js';
import type { OnboardingContext } from '../OnboardingContext.js';

/**
 * The channel the journey speaks in (`delivery.journeyChannel`, else the welcome channel),
 * resolved by name on the live guild; null (logged) when the server has no such text or
 * announcement channel, so a step is skipped instead of failing the unit.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function journeyChannel(ctx: OnboardingContext, guildId: string): Promise<ChannelSnapshot | null> {
  const name = ctx.config.delivery.journeyChannel ?? ctx.config.welcomeChannel;
  const guild = await ctx.platform.fetchGuild(guildId);
  const channel = guild.channels.find((c) => c.name === name && (c.kind === 'text' || c.kind === 'announcement'));
  if (channel === undefined) {
    ctx.log.warn({ guildId, channel: name }, 'onboarding: no journey channel by that name; journey step skipped');
    return null;
  }
  return channel;
}
