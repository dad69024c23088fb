import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import type { AutomodContext } from '../AutomodContext.js';
import { automodDb } from '../AutomodTables.js';

/**
 * Job: puts a channel's slowmode back once automod's slowmode has run its time. Does
 * nothing while a later firing has pushed the end back (its own job comes later), and
 * leaves the channel alone when someone changed the slowmode meanwhile. (Stored as
 * `endSlowmode` with `{ channelId }` since the first release: name and payload never change.)
 */
export const endSlowmodeJob = defineJob({
  name: 'endSlowmode',
  payload: z.object({ channelId: z.string().min(1) }),
  async run({ channelId }, ctx: AutomodContext) {
    const db = automodDb(ctx.db);
    const row = await db
      .selectFrom('automod_slowmodes')
      .selectAll()
      .where('channel_id', '=', channelId)
      .executeTakeFirst();
    if (row === undefined || row.until > ctx.clock.now()) return;
    const guild = await ctx.platform.fetchGuild(row.guild_id);
    const channel = guild.channels.find((c) => c.id === channelId);
    if (channel !== undefined && channel.rateLimitPerUser === row.set_seconds) {
      await ctx.platform.editChannel(
        channelId,
        { rateLimitPerUser: row.previous_seconds },
        `Guildhall automod: ${row.rule_id} slowmode ended`,
      );
    }
    await db.deleteFrom('automod_slowmodes').where('channel_id', '=', channelId).execute();
  },
});
