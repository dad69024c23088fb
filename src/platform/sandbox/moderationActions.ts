import { BAN_DELETE_CAP_SECONDS, TIMEOUT_CAP_MS } from '../discordLimits.js';
import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden, InvalidRequest } from '../PlatformError.js';
import type { BanOptions } from '../Platform.js';
import type { SandboxContext } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { requireGuild } from './guildQueries.js';
import { assertBotCanModerate } from './hierarchy.js';
import { endMembership } from './memberActions.js';
import { findMemberRow, requireMemberRow, requireUser } from './memberQueries.js';
import { deleteMessageRows } from './messageQueries.js';
import type { SandboxDatabase } from './SandboxTables.js';
import type { SandboxBan } from './sandboxViews.js';

/** Discord caps a timeout at 28 days from now. */
export const MAX_TIMEOUT_MS = TIMEOUT_CAP_MS;
/** Discord deletes at most 7 days of messages on a ban. */
export const MAX_BAN_DELETE_SECONDS = BAN_DELETE_CAP_SECONDS;

/**
 * Times a member out until `until`, or lifts the timeout with null.
 * @see https://discord.com/developers/docs/resources/guild#modify-guild-member
 * @throws InvalidRequest beyond 28 days; Forbidden for the owner / a member at or above the bot
 */
export async function timeoutMember(
  ctx: SandboxContext,
  guildId: string,
  userId: string,
  until: number | null,
): Promise<void> {
  await requireGuild(ctx, guildId);
  const member = await requireMemberRow(ctx.db, userId);
  const now = ctx.clock.now();
  if (until !== null && until - now > MAX_TIMEOUT_MS) {
    throw new InvalidRequest(
      `a timeout can last at most 28 days (asked for ${Math.ceil((until - now) / 86_400_000)} days)`,
    );
  }
  await assertBotCanModerate(ctx, member, 'time out');
  await ctx.db.updateTable('sandbox_members').set({ timeout_until: until }).where('user_id', '=', userId).execute();
}

/**
 * Removes a member from the guild → `member.left` (Discord reports kicks as a member leaving).
 * @throws Forbidden for the owner or a member at or above the bot
 */
export async function kickMember(ctx: SandboxContext, guildId: string, userId: string): Promise<void> {
  await requireGuild(ctx, guildId);
  const member = await requireMemberRow(ctx.db, userId);
  await assertBotCanModerate(ctx, member, 'kick');
  await endMembership(ctx, member);
}

/**
 * Bans a user (member or not), deleting their messages of the last `deleteMessageSeconds`;
 * a member is removed → `member.left`. Banning again updates the reason.
 * @throws Forbidden for the owner or a member at or above the bot; InvalidRequest for more than 7 days of deletion
 */
export async function banMember(
  ctx: SandboxContext,
  guildId: string,
  userId: string,
  options: BanOptions,
): Promise<void> {
  await requireGuild(ctx, guildId);
  await requireUser(ctx.db, userId);
  const seconds = options.deleteMessageSeconds ?? 0;
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_BAN_DELETE_SECONDS) {
    throw new InvalidRequest(`deleteMessageSeconds must be an integer from 0 to ${MAX_BAN_DELETE_SECONDS}`);
  }
  const member = await findMemberRow(ctx.db, userId);
  const guild = await ctx.guild();
  if (userId === guild.ownerId)
    throw new Forbidden('Missing Permissions: cannot ban the guild owner', DISCORD_ERROR_CODES.missingPermissions);
  if (member !== undefined) await assertBotCanModerate(ctx, member, 'ban');
  const now = ctx.clock.now();
  await ctx.db
    .insertInto('sandbox_bans')
    .values({ user_id: userId, reason: options.reason, banned_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ reason: options.reason }))
    .execute();
  if (seconds > 0) {
    const doomed = await ctx.db
      .selectFrom('sandbox_messages')
      .select('id')
      .where('author_id', '=', userId)
      .where('created_at', '>=', now - seconds * 1000)
      .execute();
    await deleteMessageRows(
      ctx.db,
      doomed.map((m) => m.id),
    );
  }
  if (member !== undefined) await endMembership(ctx, member);
}

/**
 * Lifts a ban; the user may join again.
 * @throws SandboxNotFoundError when the user is not banned (Discord's "Unknown Ban")
 */
export async function unbanMember(ctx: SandboxContext, guildId: string, userId: string): Promise<void> {
  await requireGuild(ctx, guildId);
  const result = await ctx.db.deleteFrom('sandbox_bans').where('user_id', '=', userId).executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw new SandboxNotFoundError('ban', userId);
}

/** Every ban, newest first. */
export async function listBans(db: SandboxDatabase): Promise<SandboxBan[]> {
  const rows = await db
    .selectFrom('sandbox_bans')
    .innerJoin('sandbox_users', 'sandbox_users.id', 'sandbox_bans.user_id')
    .select(['sandbox_bans.user_id', 'sandbox_users.username', 'sandbox_bans.reason', 'sandbox_bans.banned_at'])
    .orderBy('sandbox_bans.banned_at', 'desc')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, username: r.username, reason: r.reason, bannedAt: r.banned_at }));
}
