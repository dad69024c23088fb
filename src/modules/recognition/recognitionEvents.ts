// The recognition module's events: payload types (merged into core's EventPayloads, so handlers
// anywhere see them typed without importing this module) and one summary line each.
import { defineEvents } from '../../core/defineEvents.js';
import { plural } from '../../core/summaryText.js';

/** Steps of the ambassador programme: nomination → review → trial → confirmed. */
export type AmbassadorStatus = 'nominated' | 'rejected' | 'trial' | 'confirmed' | 'ended';

/** Why a message's credits were taken back: deleted, deleted by automod, or its author banned for it. */
export type RemovalCause = 'deleted' | 'automod' | 'ban';

declare module '../../core/DomainEvent.js' {
  interface EventPayloads {
    'recognition.points_awarded': {
      userId: string;
      /** Negative for a reversal (a referee who left within the fraud window, a removed message). */
      points: number;
      /** The kind of action (`message`, `helpful_answer`, `referral`, `achievement` …). */
      reason: string;
      total: number;
      sourceEventId: string;
    };
    'recognition.badge_awarded': { userId: string; badgeId: string; name: string; threshold: number };
    'recognition.achievement_unlocked': { userId: string; achievementId: string; name: string; points: number };
    'recognition.level_changed': {
      userId: string;
      /** Level names (null: no level). */
      from: string | null;
      to: string | null;
      direction: 'up' | 'down';
    };
    /** A thanks was detected (reaction, reply or mention); recognition credits a helpful answer. */
    'recognition.thanks_given': {
      fromUserId: string;
      toUserId: string;
      channelId: string;
      /** The thanking message (reply, mention) or the message reacted to (reaction). */
      messageId: string;
      /** A reply's thanked message (the one replied to); absent otherwise and in older events. */
      aboutMessageId?: string;
      via: 'reaction' | 'reply' | 'mention';
      /** Epoch ms of the thanking message or reaction. */
      at: number;
    };
    /** A join attributed to a member's invite. */
    'recognition.member_referred': {
      refereeId: string;
      referrerId: string;
      inviteCode: string;
      /** Epoch ms the referee joined. */
      joinedAt: number;
      joinEventId: string;
    };
    /** The referee stayed past the fraud window: the referral counts towards reward tiers. */
    'recognition.referral_confirmed': { refereeId: string; referrerId: string };
    /** The referee left within the fraud window: both rewards were taken back. */
    'recognition.referral_reversed': { refereeId: string; referrerId: string };
    'recognition.referral_tier_reached': { userId: string; referrals: number; tier: string };
    /** A step of the ambassador programme, with the member's whole programme record after it. */
    'recognition.ambassador_status_changed': {
      userId: string;
      tier: string;
      status: AmbassadorStatus;
      previousStatus: AmbassadorStatus | null;
      /** Who did it (a staff member, or the nominator). */
      byUserId: string;
      note: string | null;
      nominatedBy: string;
      nominatedAt: number;
      reviewedBy: string | null;
      trialEndsAt: number | null;
      confirmedAt: number | null;
    };
    /** A removed message's credits (and what they unlocked) were taken back. */
    'recognition.message_reversed': {
      messageId: string;
      cause: RemovalCause;
      /** Points taken back, from every member it had credited. */
      points: number;
    };
    /** A badge or achievement was taken back: the message that unlocked it was removed. */
    'recognition.unlock_revoked': {
      userId: string;
      type: 'badge' | 'achievement';
      unlockId: string;
      name: string;
    };
    /** Recompute every total from the event log (history import, changed points table, upgrade). */
    'recognition.recompute_requested': { requestedBy: string | null; reason: string };
  }
}

/** The recognition module's events. */
export const recognitionEvents = defineEvents('recognition', {
  'recognition.points_awarded': {
    summary: (p, n) => `${n.user(p.userId)} earned ${plural(p.points, 'point')} (${p.reason}), total ${p.total}`,
  },
  'recognition.badge_awarded': { summary: (p, n) => `${n.user(p.userId)} earned the ${p.name} badge` },
  'recognition.achievement_unlocked': { summary: (p, n) => `${n.user(p.userId)} unlocked ${p.name}` },
  'recognition.level_changed': {
    summary: (p, n) => `${n.user(p.userId)} ${p.direction === 'up' ? 'reached' : 'dropped to'} ${p.to ?? 'no level'}`,
  },
  'recognition.thanks_given': { summary: (p, n) => `${n.user(p.fromUserId)} thanked ${n.user(p.toUserId)}` },
  'recognition.member_referred': {
    summary: (p, n) => `${n.user(p.refereeId)} joined on ${n.user(p.referrerId)}’s invite`,
  },
  'recognition.referral_confirmed': {
    summary: (p, n) => `${n.user(p.referrerId)}’s referral of ${n.user(p.refereeId)} counts`,
  },
  'recognition.referral_reversed': {
    summary: (p, n) => `${n.user(p.referrerId)}’s referral of ${n.user(p.refereeId)} was reversed (left early)`,
  },
  'recognition.referral_tier_reached': {
    summary: (p, n) => `${n.user(p.userId)} reached ${p.tier} (${p.referrals} referrals)`,
  },
  'recognition.ambassador_status_changed': {
    summary: (p, n) => `${n.user(p.userId)}: ambassador ${p.tier} ${p.status}`,
  },
  'recognition.message_reversed': {
    summary: (p) =>
      `A message’s ${plural(p.points, 'point')} were taken back (${p.cause === 'ban' ? 'author banned' : p.cause === 'automod' ? 'removed by automod' : 'deleted'})`,
  },
  'recognition.unlock_revoked': {
    summary: (p, n) => `${n.user(p.userId)} lost the ${p.name} ${p.type} (its message was removed)`,
  },
  'recognition.recompute_requested': { summary: () => 'Recognition totals recomputed from the event log' },
});
