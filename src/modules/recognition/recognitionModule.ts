import { defineModule } from '../../core/defineModule.js';
import { awardMessagePoints } from './awardMessagePoints.js';
import { rankCommand } from './rankCommand.js';
import { RecognitionConfig } from './RecognitionConfig.js';
import { recognitionMigrations } from './recognitionMigrations.js';

/**
 * Recognition: points for contributions and the `/rank` command. (Badges, levels,
 * leaderboards and referrals are issue #5.)
 */
export const recognitionModule = defineModule({
  id: 'recognition',
  description: 'Points per action with anti-farming, and /rank.',
  config: RecognitionConfig,
  subscribes: ['message.created'],
  async handle(event, ctx) {
    if (event.type !== 'message.created') return;
    const excluded = new Set<string>();
    if (ctx.config.excludedChannels.length > 0) {
      const guild = await ctx.platform.fetchGuild(event.guildId);
      for (const channel of guild.channels) {
        if (ctx.config.excludedChannels.includes(channel.name)) excluded.add(channel.id);
      }
    }
    const award = await awardMessagePoints(event, ctx, excluded);
    if (!award.awarded) return;
    await ctx.emit(
      'recognition.points_awarded',
      {
        userId: event.payload.authorId,
        points: award.points,
        reason: 'message',
        total: award.total,
        sourceEventId: event.id,
      },
      { key: event.id, guildId: event.guildId },
    );
  },
  commands: [rankCommand],
  migrations: recognitionMigrations,
});
