import type { AutomodContext } from '../AutomodContext.js';
import { automodDb } from '../AutomodTables.js';
import { endSlowmodeJob } from './endSlowmode.js';

/**
 * Sets a channel's slowmode until `until`, remembering the value it had so the
 * {@link endSlowmodeJob} can put it back. A channel already slowed by automod keeps its
 * original value to restore; its end moves to the later of the two.
 * @param ctx - module context
 * @param target - guild, channel, seconds, end and the rule asking
 */
export async function setChannelSlowmode(
  ctx: AutomodContext,
  target: { guildId: string; channelId: string; seconds: number; until: number; ruleId: string },
): Promise<void> {
  const db = automodDb(ctx.db);
  const existing = await db
    .selectFrom('automod_slowmodes')
    .selectAll()
    .where('channel_id', '=', target.channelId)
    .executeTakeFirst();
  const reason = `Guildhall automod: ${target.ruleId}`;
  if (existing === undefined) {
    const guild = await ctx.platform.fetchGuild(target.guildId);
    const channel = guild.channels.find((c) => c.id === target.channelId);
    if (channel === undefined) return;
    // Never loosen a slowmode that is already stricter.
    if (channel.rateLimitPerUser >= target.seconds) return;
    await ctx.platform.editChannel(target.channelId, { rateLimitPerUser: target.seconds }, reason);
    await db
      .insertInto('automod_slowmodes')
      .values({
        channel_id: target.channelId,
        guild_id: target.guildId,
        previous_seconds: channel.rateLimitPerUser,
        set_seconds: target.seconds,
        until: target.until,
        rule_id: target.ruleId,
      })
      .onConflict((oc) => oc.column('channel_id').doNothing())
      .execute();
  } else {
    const seconds = Math.max(existing.set_seconds, target.seconds);
    if (seconds !== existing.set_seconds) {
      await ctx.platform.editChannel(target.channelId, { rateLimitPerUser: seconds }, reason);
    }
    await db
      .updateTable('automod_slowmodes')
      .set({ set_seconds: seconds, until: Math.max(existing.until, target.until) })
      .where('channel_id', '=', target.channelId)
      .execute();
  }
  await ctx.schedule(endSlowmodeJob, {
    key: `automod:slowmode:${target.channelId}:${target.until}`,
    runAt: target.until,
    payload: { channelId: target.channelId },
  });
}
