/**
 * Guild-wide raid controls a lockdown would use but `Platform` does not offer yet:
 *
 * - `setVerificationLevel(guildId, level, reason): Promise<VerificationLevel>` →
 *   `PATCH /guilds/{id}` with `verification_level`, returning the previous level to restore;
 * - `pauseInvites(guildId, until, reason)` → `PUT /guilds/{id}/incident-actions` with
 *   `invites_disabled_until` (null to resume), Discord's "pause invites" for up to 24 h.
 *
 * Until the platform has them, lockdowns get none (`startLockdown`'s `controls` is null): a
 * lockdown does what the platform allows (slowmode or read-only channels) and says in its
 * case and alert that these two were not changed. Tests pass a fake to cover the flow.
 * @see https://discord.com/developers/docs/resources/guild#modify-guild
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-incident-actions
 */
export interface GuildSafetyControls {
  setVerificationLevel(guildId: string, level: VerificationLevel, reason: string): Promise<VerificationLevel>;
  pauseInvites(guildId: string, until: number | null, reason: string): Promise<void>;
}

/** Discord's verification levels. */
export type VerificationLevel = 'none' | 'low' | 'medium' | 'high' | 'very_high';
