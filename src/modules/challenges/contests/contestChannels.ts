import type { ChannelSnapshot } from '../../../platform/Platform.js';
import type { ChallengesContext } from '../ChallengesContext.js';

/**
 * A text, announcement or forum channel by name (or id), else null (logged when a name was given).
 * @param ctx - module context
 * @param guildId - the guild
 * @param name - the configured name or id, null when none
 */
export async function contestChannel(
  ctx: ChallengesContext,
  guildId: string,
  name: string | null,
): Promise<ChannelSnapshot | null> {
  if (name === null) return null;
  const guild = await ctx.platform.fetchGuild(guildId);
  const found = guild.channels.find(
    (c) => (c.name === name || c.id === name) && (c.kind === 'text' || c.kind === 'announcement' || c.kind === 'forum'),
  );
  if (found === undefined)
    ctx.log.warn({ guildId, channel: name }, 'challenges: no text channel or forum by that name');
  return found ?? null;
}
