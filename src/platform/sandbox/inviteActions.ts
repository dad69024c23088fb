import { INVITE_MAX_USES_LIMIT } from '../discordLimits.js';
import { InvalidRequest } from '../PlatformError.js';
import type { SandboxContext } from './SandboxContext.js';
import type { SandboxDatabase, SandboxInviteTable } from './SandboxTables.js';
import { requireChannel } from './guildQueries.js';
import { assertInvitesNotPaused } from './guildSafetyActions.js';
import { requireMemberRow } from './memberQueries.js';
import { Permission, assertMemberCan } from './permissions.js';
import type { InviteInput } from './sandboxInputs.js';
import type { SandboxInvite } from './sandboxViews.js';

function toInvite(row: SandboxInviteTable): SandboxInvite {
  return {
    code: row.code,
    channelId: row.channel_id,
    inviterId: row.inviter_id,
    uses: row.uses,
    maxUses: row.max_uses,
    createdAt: row.created_at,
  };
}

/**
 * A member creates an invite to a channel → `invite.created`. Members who join with its
 * code count as its uses.
 * @throws InvalidRequest for a category or more than 100 max uses; Forbidden without Create Invite or while invites are paused
 */
export async function createInvite(ctx: SandboxContext, input: InviteInput): Promise<SandboxInvite> {
  const maxUses = input.maxUses ?? 0;
  if (!Number.isInteger(maxUses) || maxUses < 0 || maxUses > INVITE_MAX_USES_LIMIT)
    throw new InvalidRequest(`maxUses must be 0 (unlimited) to ${INVITE_MAX_USES_LIMIT}`);
  const member = await requireMemberRow(ctx.db, input.userId);
  const channel = await requireChannel(ctx.db, input.channelId);
  if (channel.kind === 'category' || channel.kind === 'thread')
    throw new InvalidRequest(`cannot invite to a ${channel.kind}`);
  await assertMemberCan(
    ctx,
    member,
    channel,
    Permission.VIEW_CHANNEL | Permission.CREATE_INSTANT_INVITE,
    'create invites',
  );
  await assertInvitesNotPaused(ctx, 'create invites');
  const row: SandboxInviteTable = {
    code: BigInt(await ctx.nextId()).toString(36),
    channel_id: channel.id,
    inviter_id: member.user_id,
    uses: 0,
    max_uses: maxUses,
    created_at: ctx.clock.now(),
  };
  await ctx.db.insertInto('sandbox_invites').values(row).execute();
  await ctx.emit('invite.created', row.code, {
    code: row.code,
    channelId: row.channel_id,
    inviterId: row.inviter_id,
    uses: 0,
    maxUses,
  });
  return toInvite(row);
}

/** Every invite, newest first. */
export async function listInvites(db: SandboxDatabase): Promise<SandboxInvite[]> {
  const rows = await db
    .selectFrom('sandbox_invites')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('code', 'desc')
    .execute();
  return rows.map(toInvite);
}
