import type { ChannelSnapshot, GuildSnapshot } from '../../../platform/Platform.js';
import type { SupportContext } from '../SupportContext.js';

/** The guild's help channels (`support.helpChannels`) and its snapshot. */
export interface HelpChannels {
  guild: GuildSnapshot;
  /** The help forums and text channels found, by id (names the guild lacks are left out). */
  byId: ReadonlyMap<string, ChannelSnapshot>;
}

/**
 * The help forums and help text channels named in `support.helpChannels`, looked up by name
 * (`guildhall check` reports names the guild lacks). Empty when the list is empty.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function helpChannels(ctx: SupportContext, guildId: string): Promise<HelpChannels> {
  const guild = await ctx.platform.fetchGuild(guildId);
  const names = new Set(ctx.config.helpChannels);
  const found = guild.channels.filter(
    (channel) => names.has(channel.name) && ['forum', 'text', 'announcement'].includes(channel.kind),
  );
  return { guild, byId: new Map(found.map((channel) => [channel.id, channel])) };
}

/**
 * True when the module tracks questions at all (`support.enabled` and some help channel).
 * @param ctx - module context
 */
export function supportActive(ctx: SupportContext): boolean {
  return ctx.config.enabled && ctx.config.helpChannels.length > 0;
}
