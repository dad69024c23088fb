import type { GithubDelivery } from '../../deliveries/GithubDelivery.js';
import { channelsFor } from '../../deliveries/channelsFor.js';
import type { GithubContext } from '../../GithubContext.js';

/**
 * Posts the thank-you for a merged pull request (seed 001 "Automated thanks for
 * contributions"): the author mentioned when linked (else named by login), the title and the
 * link, in `accounts.thanks.channel` or, when unset, the channels the delivery is routed to.
 * @param ctx - module context
 * @param guildId - the guild
 * @param delivery - a merged pull request's delivery
 * @param userId - the linked author, or null
 */
export async function postThanks(
  ctx: GithubContext,
  guildId: string,
  delivery: GithubDelivery,
  userId: string | null,
): Promise<void> {
  const subject = delivery.subject;
  if (subject?.kind !== 'pull_request') return;
  const channels = await thanksChannels(ctx, guildId, delivery);
  const who = userId === null ? `**${subject.author.login}**` : `<@${userId}>`;
  const where = delivery.repository === null ? `#${subject.number}` : `${delivery.repository}#${subject.number}`;
  const content = `🎉 Thank you ${who} for your contribution: **${subject.title}** (${where}) is merged! ${subject.url}`;
  for (const channelId of channels) {
    await ctx.platform.sendMessage(channelId, {
      content,
      ...(userId === null ? {} : { allowedUserMentions: [userId] }),
      // By pull request: a new delivery of the same merge does not thank twice (Discord keeps nonces a few minutes).
      nonce: `github:thanks:${subject.url}:${channelId}`,
    });
  }
}

async function thanksChannels(ctx: GithubContext, guildId: string, delivery: GithubDelivery): Promise<string[]> {
  const name = ctx.config.accounts.thanks.channel;
  if (name === null) return [...new Set(await channelsFor(ctx, guildId, delivery))];
  const guild = await ctx.platform.fetchGuild(guildId);
  const found = guild.channels.find(
    (c) => (c.name === name || c.id === name) && (c.kind === 'text' || c.kind === 'announcement'),
  );
  if (found === undefined) {
    ctx.log.warn({ guildId, channel: name }, 'github: no text channel for accounts.thanks.channel');
    return [];
  }
  return [found.id];
}
