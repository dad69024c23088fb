import type { CommandHandler } from '../../../core/defineModule.js';
import { memberMetrics } from '../credit/memberMetrics.js';
import { periodAt } from '../leaderboards/periods.js';
import { memberRank } from '../queries/memberRank.js';
import { periodRank } from '../queries/periodRank.js';
import { recognitionDb } from '../RecognitionTables.js';
import { nextMilestones } from './nextMilestones.js';
import { targetMember } from './targetMember.js';
import type { RecognitionContext } from '../RecognitionContext.js';

const DAY = 86_400_000;

/** `/rank [member]`: points, position, level, badge, and the next milestone. */
export const rankCommand: CommandHandler<RecognitionContext> = {
  definition: {
    name: 'rank',
    description: 'Show your points and position (or another member’s)',
    options: [{ name: 'member', description: 'Whose rank to show', type: 'user', required: false }],
  },
  async handle(interaction, ctx) {
    const { userId, self } = targetMember(interaction);
    const guildId = interaction.guildId;
    const db = recognitionDb(ctx.db);
    const hideBanned = ctx.config.removedMessages.hideBanned;
    const rank = await memberRank(db, guildId, userId, hideBanned);
    if (rank === null) {
      return {
        content: self
          ? 'You have no points yet: post a message to earn your first.'
          : `<@${userId}> has no points yet.`,
        ephemeral: true,
      };
    }
    const points = `${rank.points} ${rank.points === 1 ? 'point' : 'points'}`;
    const who = self ? 'You have' : `<@${userId}> has`;
    const lines = [`${who} ${points}: rank #${rank.position} of ${rank.rankedMembers}.`];

    const week = periodAt('week', ctx.clock.now(), ctx.state.rules.seasons);
    const weekly = await periodRank(db, guildId, week.key, 'points', userId, hideBanned);
    const badges = await db
      .selectFrom('recognition_unlocks')
      .select('unlock_id')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .where('type', '=', 'badge')
      .execute();
    const held = new Set(badges.map((b) => b.unlock_id));
    const badge = [...ctx.config.badges].filter((b) => held.has(b.id)).sort((a, b) => b.points - a.points)[0];
    const state = await db
      .selectFrom('recognition_levels')
      .select(['level', 'joined_at'])
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const level = state?.level ?? null;
    const facts: string[] = [];
    if (ctx.config.levels.length > 0) facts.push(`Level: ${level ?? 'none yet'}`);
    if (badge !== undefined) facts.push(`Badge: ${badge.name}`);
    if (weekly !== null)
      facts.push(`This week: #${weekly.position} (${weekly.value} ${weekly.value === 1 ? 'point' : 'points'})`);
    if (facts.length > 0) lines.push(facts.join(' · '));

    const values = { ...(await memberMetrics(db, guildId, userId)) };
    const joinedAt = state?.joined_at ?? null;
    if (joinedAt !== null) Object.assign(values, { tenure_days: Math.floor((ctx.clock.now() - joinedAt) / DAY) });
    const next = nextMilestones(ctx.config, values, level);
    if (next.length > 0) lines.push(`Next: ${next.join('; ')}.`);
    return { content: lines.join('\n'), ephemeral: true };
  },
};
