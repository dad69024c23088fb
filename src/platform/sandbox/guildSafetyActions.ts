import { Forbidden, InvalidRequest } from '../PlatformError.js';
import { assertInvitePause, VERIFICATION_LEVELS, type VerificationLevel } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { guildSafety, requireGuild } from './guildQueries.js';

/**
 * Sets the guild's verification level, as Modify Guild does.
 * @returns the level before
 * @throws InvalidRequest for a level Discord does not have
 * @see https://discord.com/developers/docs/resources/guild#modify-guild
 */
export async function setVerificationLevel(
  ctx: SandboxContext,
  guildId: string,
  level: VerificationLevel,
): Promise<{ previous: VerificationLevel }> {
  await requireGuild(ctx, guildId);
  if (!VERIFICATION_LEVELS.includes(level)) throw new InvalidRequest(`unknown verification level ${level}`);
  const { verificationLevel: previous } = await guildSafety(ctx);
  await ctx.db.updateTable('sandbox_guild').set({ verification_level: level }).where('id', '=', guildId).execute();
  return { previous };
}

/**
 * Pauses invites until `until`, or resumes them with null, as Modify Guild Incident Actions
 * does: while paused, nobody joins through an invite and no invite is created.
 * @throws InvalidRequest for a time not within the next 24 hours (Discord's cap)
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-incident-actions
 */
export async function pauseInvites(ctx: SandboxContext, guildId: string, until: number | null): Promise<void> {
  await requireGuild(ctx, guildId);
  assertInvitePause(until, ctx.clock.now());
  await ctx.db.updateTable('sandbox_guild').set({ invites_paused_until: until }).where('id', '=', guildId).execute();
}

/**
 * Refuses what Discord refuses while invites are paused.
 * @param what - "join through an invite", "create invites"
 * @throws Forbidden when invites are paused
 */
export async function assertInvitesNotPaused(ctx: SandboxContext, what: string): Promise<void> {
  const { invitesPausedUntil } = await guildSafety(ctx);
  if (invitesPausedUntil !== null) {
    throw new Forbidden(`invites are paused until ${new Date(invitesPausedUntil).toISOString()}: cannot ${what}`);
  }
}
