import { VERIFICATION_LEVELS, type Platform, type VerificationLevel } from '../../../platform/Platform.js';

/**
 * Guild-wide raid controls a lockdown uses: the platform's `setVerificationLevel` (Modify
 * Guild's `verification_level`, answering the previous level to restore) and `pauseInvites`
 * (Modify Guild Incident Actions' `invites_disabled_until`, at most 24 h ahead, null to
 * resume). `startLockdown` and `endLockdown` take them from `ctx.platform` unless given
 * others (tests pass a recording fake).
 * @see https://discord.com/developers/docs/resources/guild#modify-guild
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-incident-actions
 */
export type GuildSafetyControls = Pick<Platform, 'setVerificationLevel' | 'pauseInvites'>;

export type { VerificationLevel } from '../../../platform/Platform.js';

/** True when `level` is stricter than `than`. */
export function isStricter(level: VerificationLevel, than: VerificationLevel): boolean {
  return VERIFICATION_LEVELS.indexOf(level) > VERIFICATION_LEVELS.indexOf(than);
}
