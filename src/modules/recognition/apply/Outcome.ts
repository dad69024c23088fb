import type { AchievementRule, BadgeRule } from '../config/RewardRules.js';
import type { ReferralsConfig } from '../config/ReferralsConfig.js';
import type { RemovalCause } from '../recognitionEvents.js';

/** A referral reward tier. */
export type ReferralTier = ReferralsConfig['tiers'][number];

/**
 * What applying an event changed, for the live handler to act on (emit events, announce,
 * sync roles, schedule jobs). A recompute applies the same events and ignores these.
 */
export type Outcome =
  | {
      type: 'points';
      userId: string;
      points: number;
      reason: string;
      total: number;
      sourceEventId: string;
      /** Stable key of the `recognition.points_awarded` event. */
      key: string;
    }
  | { type: 'badge'; userId: string; badge: BadgeRule; sourceEventId: string }
  | { type: 'achievement'; userId: string; achievement: AchievementRule; sourceEventId: string }
  /** A badge or achievement taken back: what unlocked it was removed. */
  | {
      type: 'unlock_revoked';
      userId: string;
      unlockType: 'badge' | 'achievement';
      unlockId: string;
      name: string;
      /** Stable key of the `recognition.unlock_revoked` event. */
      key: string;
    }
  /** A removed message's credits were taken back. */
  | { type: 'message_reversed'; messageId: string; cause: RemovalCause; points: number; key: string }
  | { type: 'referral_tier'; userId: string; tier: ReferralTier; referrals: number }
  | { type: 'referral_reversed'; refereeId: string; referrerId: string; key: string }
  | { type: 'referral_pending'; refereeId: string; referrerId: string; confirmAt: number }
  /** The member's metrics changed: their level may have. */
  | { type: 'member_changed'; userId: string };
