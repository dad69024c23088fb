import type { CommandHandler } from '../../../core/defineModule.js';
import { recognitionDb } from '../RecognitionTables.js';
import { targetMember } from './targetMember.js';
import type { RecognitionContext } from '../RecognitionContext.js';

/** `/badges [member]`: badges, achievements and referral rewards earned, and the next badge. */
export const badgesCommand: CommandHandler<RecognitionContext> = {
  definition: {
    name: 'badges',
    description: 'Show your badges and achievements (or another member’s)',
    options: [{ name: 'member', description: 'Whose badges to show', type: 'user', required: false }],
  },
  async handle(interaction, ctx) {
    const { userId, self } = targetMember(interaction);
    const db = recognitionDb(ctx.db);
    const unlocks = await db
      .selectFrom('recognition_unlocks')
      .select(['type', 'unlock_id'])
      .where('guild_id', '=', interaction.guildId)
      .where('user_id', '=', userId)
      .execute();
    const member = await db
      .selectFrom('recognition_members')
      .select('points')
      .where('guild_id', '=', interaction.guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const has = (type: string) => new Set(unlocks.filter((u) => u.type === type).map((u) => u.unlock_id));
    const config = ctx.config;
    const badges = config.badges.filter((b) => has('badge').has(b.id)).sort((a, b) => a.points - b.points);
    const achievements = config.achievements.filter((a) => has('achievement').has(a.id));
    const tiers = config.referrals.tiers.filter((t) => has('referral_tier').has(String(t.referrals)));
    const whose = self ? 'Your' : `<@${userId}>’s`;
    if (badges.length === 0 && achievements.length === 0) {
      return {
        content: self ? 'No badges yet: post a message to earn your first.' : `<@${userId}> has no badges yet.`,
        ephemeral: true,
      };
    }
    const lines = [
      `${whose} badges: ${badges.map((b) => `🏅 ${b.name}`).join(', ') || 'none yet'}`,
      `Achievements (${achievements.length}/${config.achievements.length}): ${achievements.map((a) => a.name).join(', ') || 'none yet'}`,
    ];
    if (tiers.length > 0) lines.push(`Referral rewards: ${tiers.map((t) => t.name).join(', ')}`);
    const points = member?.points ?? 0;
    const next = [...config.badges].sort((a, b) => a.points - b.points).find((b) => b.points > points);
    if (next !== undefined)
      lines.push(`Next badge: ${next.name} at ${next.points} points (${next.points - points} to go).`);
    return { content: lines.join('\n'), ephemeral: true };
  },
};
