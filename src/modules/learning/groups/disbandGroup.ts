import { z } from 'zod';
import { defineJob } from '../../../core/defineJob.js';
import { isNotFound } from '../../../platform/PlatformError.js';
import type { LearningContext } from '../LearningContext.js';
import { GroupStore, type GroupWithMembers } from './groupStore.js';

/**
 * Disbands an active group: status `disbanded`; its role taken from each member and deleted,
 * at once (a role already gone or a member who left counts as done, so a re-run after a crash
 * is harmless); a closing note in its thread, then the thread archived and locked (outbox);
 * `learning.group_disbanded`. A group already disbanded is left as it is (false).
 * @param ctx - module context
 * @param group - the group with its members
 * @param by - who disbanded it (null: its lifetime ended)
 */
export async function disbandGroup(ctx: LearningContext, group: GroupWithMembers, by: string | null): Promise<boolean> {
  if (group.status !== 'active') return false;
  const guildId = group.guild_id;
  await new GroupStore(ctx.db).disband(guildId, group.id, ctx.clock.now());
  const reason = `Study group ${group.number} disbanded`;
  if (group.role_id !== null) {
    // At once, not through the outbox: the role is deleted right after, and a removal queued
    // for a deleted role would fail.
    for (const member of group.members) {
      try {
        await ctx.platformNow.removeRole(guildId, member.user_id, group.role_id, reason);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
    }
    try {
      await ctx.platform.deleteRole(guildId, group.role_id, reason);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  if (group.thread_id !== null) {
    await ctx.platform.sendMessage(group.thread_id, {
      content: `This study group was disbanded${by === null ? ' at the end of its time' : ''}. Thank you for learning together!`,
      nonce: `learning:group:${group.id}:disbanded`,
    });
    await ctx.platform.editThread(group.thread_id, { archived: true, locked: true }, reason);
  }
  await ctx.emit(
    'learning.group_disbanded',
    { groupId: group.id, number: group.number, by },
    { key: `group_disbanded:${group.id}`, guildId },
  );
  return true;
}

/** Disbands a group at the end of `groups.lifetime` (nothing when staff did already). */
export const disbandGroupJob = defineJob({
  name: 'group-disband',
  payload: z.object({ guildId: z.string(), groupId: z.string() }),
  async run(payload, ctx: LearningContext) {
    const group = await new GroupStore(ctx.db).group(payload.guildId, payload.groupId);
    if (group !== undefined) await disbandGroup(ctx, group, null);
  },
});
