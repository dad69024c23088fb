import { memberDisplayNames } from '../../../core/members/memberDisplayNames.js';
import { learningDb } from '../LearningTables.js';
import type { GroupList } from './LearningApi.js';
import { named, threadUrl, type LearningViewContext } from './learningViews.js';

/**
 * Study groups, newest first, each with its members (best fitting first) and their
 * compatibility, the round that formed it and its thread.
 * @param ctx - db, member directory, platform
 * @param guildId - the guild
 * @param status - active, disbanded or all
 */
export async function listGroups(
  ctx: LearningViewContext,
  guildId: string,
  status: 'active' | 'disbanded' | 'all',
): Promise<GroupList> {
  const db = learningDb(ctx.db);
  let select = db.selectFrom('learning_groups').selectAll().where('guild_id', '=', guildId);
  if (status !== 'all') select = select.where('status', '=', status);
  const groups = await select.orderBy('created_at', 'desc').orderBy('number', 'desc').execute();
  if (groups.length === 0) return { groups: [] };
  const groupIds = groups.map((g) => g.id);
  const members = await db
    .selectFrom('learning_group_members')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('group_id', 'in', groupIds)
    .orderBy('compatibility', 'desc')
    .orderBy('user_id')
    .execute();
  const rounds = new Map(
    (
      await db
        .selectFrom('learning_rounds')
        .select(['id', 'number'])
        .where('guild_id', '=', guildId)
        .where('id', 'in', [...new Set(groups.map((g) => g.round_id))])
        .execute()
    ).map((r) => [r.id, r.number] as const),
  );
  const names = await memberDisplayNames(
    ctx,
    guildId,
    members.map((m) => m.user_id),
  );
  return {
    groups: groups.map((g) => ({
      number: g.number,
      type: g.type,
      status: g.status,
      compatibility: g.compatibility,
      members: members
        .filter((m) => m.group_id === g.id)
        .map((m) => ({ ...named(names, m.user_id), compatibility: m.compatibility })),
      roundNumber: rounds.get(g.round_id) ?? null,
      threadUrl: threadUrl(guildId, g.thread_id),
      createdAt: g.created_at,
      disbandedAt: g.disbanded_at,
    })),
  };
}
