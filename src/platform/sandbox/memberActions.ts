import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { Forbidden, InvalidRequest } from '../PlatformError.js';
import { assertInvitesNotPaused } from './guildSafetyActions.js';
import type { SandboxContext } from './SandboxContext.js';
import { SandboxNotFoundError } from './SandboxNotFoundError.js';
import { findMemberRow, loadMember, requireMemberRow, requireUser, type MemberRow } from './memberQueries.js';
import type { AddMemberInput } from './sandboxInputs.js';
import { flag } from './sandboxRows.js';
import type { SandboxMember } from './sandboxViews.js';

const USERNAME = /^[a-z0-9_.]{2,32}$/;

/** Finds or creates the user an AddMemberInput names. */
async function resolveUser(ctx: SandboxContext, input: AddMemberInput): Promise<string> {
  if ('userId' in input) return (await requireUser(ctx.db, input.userId)).id;
  if (!USERNAME.test(input.username)) {
    throw new InvalidRequest('a username is 2–32 characters: lower-case letters, digits, "_" and "."');
  }
  const taken = await ctx.db
    .selectFrom('sandbox_users')
    .select('id')
    .where('username', '=', input.username)
    .executeTakeFirst();
  if (taken !== undefined)
    throw new InvalidRequest(`username "${input.username}" is taken (rejoin with its userId ${taken.id})`);
  const id = await ctx.nextId();
  await ctx.db
    .insertInto('sandbox_users')
    .values({
      id,
      username: input.username,
      display_name: input.displayName ?? input.username,
      bot: flag(input.bot),
      dms_open: input.bot === true ? 0 : flag(input.dmsOpen ?? true),
      account_created_at: input.accountCreatedAt ?? ctx.clock.now(),
    })
    .execute();
  return id;
}

/**
 * A user joins the guild (a new account, or a known one again) → `member.joined`.
 * @throws Forbidden when banned; InvalidRequest when already a member, the username is taken or invalid, or the invite is used up or invites are paused
 * @throws SandboxNotFoundError for an unknown user id or invite code
 */
export async function addMember(ctx: SandboxContext, input: AddMemberInput): Promise<SandboxMember> {
  await ctx.guild();
  if ('userId' in input) {
    const ban = await ctx.db
      .selectFrom('sandbox_bans')
      .select('reason')
      .where('user_id', '=', input.userId)
      .executeTakeFirst();
    if (ban !== undefined)
      throw new Forbidden(
        `user ${input.userId} is banned from this guild: unban them first`,
        DISCORD_ERROR_CODES.userBanned,
      );
    if ((await findMemberRow(ctx.db, input.userId)) !== undefined) {
      throw new InvalidRequest(`user ${input.userId} is already a member`);
    }
  }
  const invite =
    input.inviteCode === undefined
      ? undefined
      : await ctx.db.selectFrom('sandbox_invites').selectAll().where('code', '=', input.inviteCode).executeTakeFirst();
  if (input.inviteCode !== undefined && invite === undefined)
    throw new SandboxNotFoundError('invite', input.inviteCode);
  if (invite !== undefined) await assertInvitesNotPaused(ctx, `join through invite ${invite.code}`);
  if (invite !== undefined && invite.max_uses > 0 && invite.uses >= invite.max_uses) {
    throw new InvalidRequest(`invite ${invite.code} has reached its ${invite.max_uses} uses`);
  }
  const userId = await resolveUser(ctx, input);
  const membershipId = await ctx.nextId();
  const joinedAt = ctx.clock.now();
  await ctx.db
    .insertInto('sandbox_members')
    .values({ user_id: userId, membership_id: membershipId, joined_at: joinedAt, nickname: null, timeout_until: null })
    .execute();
  if (invite !== undefined) {
    await ctx.db
      .updateTable('sandbox_invites')
      .set({ uses: invite.uses + 1 })
      .where('code', '=', invite.code)
      .execute();
  }
  const member = await loadMember(ctx, userId);
  if (member === null) throw new SandboxNotFoundError('member', userId);
  await ctx.emit('member.joined', `${userId}:${membershipId}`, {
    userId,
    username: member.username,
    displayName: member.displayName,
    bot: member.bot,
    joinedAt,
    accountCreatedAt: member.accountCreatedAt,
    roles: [],
  });
  return member;
}

/**
 * Ends a membership: disconnects voice (`voice.left`), forgets roles and timeout, and emits
 * `member.left`. Shared by leaving, kicks and bans.
 */
export async function endMembership(ctx: SandboxContext, member: MemberRow): Promise<void> {
  const userId = member.user_id;
  const voice = await ctx.db
    .selectFrom('sandbox_voice_states')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst();
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sandbox_voice_states').where('user_id', '=', userId).execute();
    await trx.deleteFrom('sandbox_member_roles').where('user_id', '=', userId).execute();
    await trx.deleteFrom('sandbox_members').where('user_id', '=', userId).execute();
  });
  if (voice !== undefined) await ctx.emit('voice.left', voice.session_id, { userId, channelId: voice.channel_id });
  await ctx.emit('member.left', `${userId}:${member.membership_id}`, { userId, username: member.username });
}

/**
 * A member leaves the guild → `member.left`.
 * @throws InvalidRequest for the owner (who must transfer the guild first)
 * @throws SandboxNotFoundError when not a member
 */
export async function removeMember(ctx: SandboxContext, userId: string): Promise<void> {
  const member = await requireMemberRow(ctx.db, userId);
  const guild = await ctx.guild();
  if (userId === guild.ownerId) throw new InvalidRequest('the guild owner cannot leave the guild');
  await endMembership(ctx, member);
}

/**
 * Opens or closes a member's DMs (privacy setting "allow direct messages").
 * @throws SandboxNotFoundError for an unknown user
 */
export async function setDmsOpen(ctx: SandboxContext, userId: string, open: boolean): Promise<void> {
  const user = await requireUser(ctx.db, userId);
  if (user.bot === 1 && open) throw new InvalidRequest('bot accounts cannot receive DMs');
  await ctx.db
    .updateTable('sandbox_users')
    .set({ dms_open: flag(open) })
    .where('id', '=', userId)
    .execute();
}
