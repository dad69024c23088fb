/** Names of the moderation module's durable jobs (stored in `jobs.name`: stable). */
export const JOB = {
  /** Ends a timed case: lifts a temporary ban, marks a timeout over. */
  expireCase: 'expireCase',
  /** Re-applies a timeout longer than Discord's 28-day cap. */
  renewTimeout: 'renewTimeout',
  /** Records that a strike stopped counting. */
  decayStrike: 'decayStrike',
  /** Lifts a lockdown after its calm period. */
  liftLockdown: 'liftLockdown',
  /** Re-applies a lockdown's invite pause before Discord's 24-hour cap ends it. */
  renewInvitePause: 'renewInvitePause',
  /** Flags an appeal still waiting after `appeals.reviewWithin`. */
  flagAppeal: 'flagAppeal',
} as const;

/** Discord caps a timeout at 28 days from now; Guildhall stays a minute under it. */
export const TIMEOUT_CAP_MS = 28 * 86_400_000 - 60_000;
/** A long timeout is renewed this long before the applied part ends. */
export const RENEW_MARGIN_MS = 60 * 60_000;

/** Discord pauses invites for at most 24 hours from now; Guildhall stays a minute under it. */
export const INVITE_PAUSE_CAP_MS = 24 * 3_600_000 - 60_000;
/** A lockdown's invite pause is renewed this long before the applied one ends. */
export const INVITE_PAUSE_RENEW_MARGIN_MS = 10 * 60_000;
