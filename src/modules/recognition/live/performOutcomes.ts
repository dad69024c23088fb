import type { Outcome } from '../apply/Outcome.js';
import { refreshMemberLevel } from '../levels/refreshMemberLevel.js';
import { setMemberRole } from '../levels/setMemberRole.js';
import { confirmReferralJob } from '../referrals/confirmReferralJob.js';
import { announce } from './announce.js';
import { holdAnnouncement, type AnnouncementHold } from './announceJob.js';
import type { RecognitionContext } from '../RecognitionContext.js';

/** An announcement line: whom it is about, and what must still hold when it is posted (held ones). */
interface Line {
  userId: string;
  text: string;
  hold?: AnnouncementHold;
}

/**
 * The live side of applying an event: emits what happened for other modules (points,
 * badges, achievements, levels, referral tiers and reversals), announces it, re-evaluates
 * the levels of the members whose metrics changed (syncing their roles), and schedules the
 * referral confirmation. Badge, achievement and level-up announcements are held for
 * `removedMessages.announceDelay` and dropped if taken back meanwhile (see `announceJob`).
 * A recompute applies the same events without any of this.
 * @param ctx - module context
 * @param guildId - the guild
 * @param outcomes - what applying the event changed
 */
export async function performOutcomes(
  ctx: RecognitionContext,
  guildId: string,
  outcomes: readonly Outcome[],
): Promise<void> {
  const lines: Line[] = [];
  const changed = new Set<string>();
  const emit = { guildId };
  for (const o of outcomes) {
    switch (o.type) {
      case 'points':
        await ctx.emit(
          'recognition.points_awarded',
          { userId: o.userId, points: o.points, reason: o.reason, total: o.total, sourceEventId: o.sourceEventId },
          { ...emit, key: o.key },
        );
        break;
      case 'badge':
        await ctx.emit(
          'recognition.badge_awarded',
          { userId: o.userId, badgeId: o.badge.id, name: o.badge.name, threshold: o.badge.points },
          { ...emit, key: `${o.userId}:${o.badge.id}:${o.sourceEventId}` },
        );
        if (o.badge.announce) {
          lines.push({
            userId: o.userId,
            text: `🏅 <@${o.userId}> earned the **${o.badge.name}** badge (${o.badge.points} points).`,
            hold: { type: 'unlock', unlockType: 'badge', unlockId: o.badge.id, sourceEventId: o.sourceEventId },
          });
        }
        break;
      case 'achievement':
        await ctx.emit(
          'recognition.achievement_unlocked',
          { userId: o.userId, achievementId: o.achievement.id, name: o.achievement.name, points: o.achievement.points },
          { ...emit, key: `${o.userId}:${o.achievement.id}:${o.sourceEventId}` },
        );
        if (o.achievement.announce) {
          const about = o.achievement.description === '' ? '' : `: ${o.achievement.description}`;
          lines.push({
            userId: o.userId,
            text: `🏆 <@${o.userId}> unlocked **${o.achievement.name}**${about}.`,
            hold: {
              type: 'unlock',
              unlockType: 'achievement',
              unlockId: o.achievement.id,
              sourceEventId: o.sourceEventId,
            },
          });
        }
        break;
      case 'referral_tier':
        await ctx.emit(
          'recognition.referral_tier_reached',
          { userId: o.userId, referrals: o.referrals, tier: o.tier.name },
          { ...emit, key: `${o.userId}:${o.tier.referrals}` },
        );
        lines.push({
          userId: o.userId,
          text: `🤝 <@${o.userId}> reached **${o.tier.name}**: ${o.tier.referrals} ${o.tier.referrals === 1 ? 'referral' : 'referrals'}.`,
        });
        if (o.tier.role !== null) await grantRole(ctx, guildId, o.userId, o.tier.role, `referral tier ${o.tier.name}`);
        break;
      case 'referral_reversed':
        await ctx.emit(
          'recognition.referral_reversed',
          { refereeId: o.refereeId, referrerId: o.referrerId },
          { ...emit, key: o.key },
        );
        break;
      case 'referral_pending':
        await ctx.schedule(confirmReferralJob, {
          key: `referral:${guildId}:${o.refereeId}`,
          runAt: o.confirmAt,
          payload: { guildId, refereeId: o.refereeId, referrerId: o.referrerId },
        });
        break;
      case 'unlock_revoked':
        await ctx.emit(
          'recognition.unlock_revoked',
          { userId: o.userId, type: o.unlockType, unlockId: o.unlockId, name: o.name },
          { ...emit, key: o.key },
        );
        break;
      case 'message_reversed':
        await ctx.emit(
          'recognition.message_reversed',
          { messageId: o.messageId, cause: o.cause, points: o.points },
          { ...emit, key: o.key },
        );
        break;
      case 'member_changed':
        changed.add(o.userId);
        break;
    }
  }
  for (const userId of changed) {
    const change = await refreshMemberLevel(ctx, guildId, userId);
    if (change === null) continue;
    await ctx.emit('recognition.level_changed', change, {
      ...emit,
      key: `${userId}:${ctx.clock.now()}:${change.to ?? 'none'}`,
    });
    if (change.direction === 'up' && change.to !== null) {
      lines.push({
        userId,
        text: `⬆️ <@${userId}> is now **${change.to}**.`,
        hold: { type: 'level', level: change.to },
      });
    }
  }
  const delayed = ctx.config.removedMessages.announceDelay > 0;
  for (const line of lines) {
    if (delayed && line.hold !== undefined) await holdAnnouncement(ctx, guildId, { ...line, hold: line.hold });
  }
  await announce(
    ctx,
    guildId,
    lines.filter((line) => !delayed || line.hold === undefined),
  );
}

async function grantRole(
  ctx: RecognitionContext,
  guildId: string,
  userId: string,
  roleName: string,
  why: string,
): Promise<void> {
  const member = await ctx.platform.fetchMember(guildId, userId);
  if (member === null) return;
  await setMemberRole(
    ctx,
    await ctx.platform.fetchGuild(guildId),
    member,
    roleName,
    true,
    `Guildhall recognition: ${why}`,
  );
}
