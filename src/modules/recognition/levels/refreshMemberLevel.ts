import type { MemberSnapshot } from '../../../platform/Platform.js';
import { memberMetrics } from '../credit/memberMetrics.js';
import { recognitionDb } from '../RecognitionTables.js';
import { evaluateLevel } from './evaluateLevel.js';
import { syncLevelRoles } from './syncLevelRoles.js';
import type { RecognitionContext } from '../RecognitionContext.js';

const DAY = 86_400_000;

/** A member's level before and after a refresh. */
export interface LevelChange {
  userId: string;
  from: string | null;
  to: string | null;
  direction: 'up' | 'down';
}

/**
 * Re-evaluates a member's level now (metrics plus tenure, low-water mark) and, when it
 * changed, syncs their level roles and records it. A member whose level did not change
 * costs no platform request. The first time a member is seen, the highest level role they
 * already hold counts as their level, and is never taken away (installing Guildhall demotes
 * nobody; staff-granted levels stay); Guildhall only promotes from it.
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member
 * @returns the change, or null when the level stayed (or the member is gone)
 */
export async function refreshMemberLevel(
  ctx: RecognitionContext,
  guildId: string,
  userId: string,
): Promise<LevelChange | null> {
  const levels = ctx.config.levels;
  if (levels.length === 0) return null;
  const db = recognitionDb(ctx.db);
  const now = ctx.clock.now();
  const state = await db
    .selectFrom('recognition_levels')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  let fetched: MemberSnapshot | null | undefined;
  const member = async (): Promise<MemberSnapshot | null> => {
    fetched ??= await ctx.platform.fetchMember(guildId, userId);
    return fetched;
  };
  let joinedAt = state?.joined_at ?? null;
  if (joinedAt === null) {
    const m = await member();
    if (m === null || m.bot) return null;
    joinedAt = m.joinedAt;
  }
  const values = { ...(await memberMetrics(db, guildId, userId)), tenure_days: Math.floor((now - joinedAt) / DAY) };
  let held: string | null;
  let adopted = state?.adopted === 1;
  if (state === undefined) {
    const m = await member();
    if (m === null) return null;
    const guild = await ctx.platform.fetchGuild(guildId);
    const roleIds = new Set(m.roles);
    held = null;
    for (const level of levels) {
      const role = guild.roles.find((r) => r.name === level.role);
      if (role !== undefined && roleIds.has(role.id)) held = level.name;
    }
    adopted = held !== null;
  } else {
    held = state.level;
  }
  const target = evaluateLevel(levels, values, held, adopted ? 0 : ctx.config.levelDemotionPercent);
  adopted = adopted && target === held;
  if (state !== undefined && target === state.level) {
    if (state.joined_at === null) {
      await db
        .updateTable('recognition_levels')
        .set({ joined_at: joinedAt })
        .where('guild_id', '=', guildId)
        .where('user_id', '=', userId)
        .execute();
    }
    return null;
  }
  const m = await member();
  if (m === null) return null;
  await syncLevelRoles(
    ctx,
    await ctx.platform.fetchGuild(guildId),
    m,
    levels,
    target,
    ctx.config.levelRoles === 'cumulative',
  );
  const row = { level: target, adopted: adopted ? 1 : 0, joined_at: joinedAt, changed_at: now };
  await db
    .insertInto('recognition_levels')
    .values({ guild_id: guildId, user_id: userId, ...row })
    .onConflict((oc) => oc.columns(['guild_id', 'user_id']).doUpdateSet(row))
    .execute();
  if (target === held) return null;
  const rank = (name: string | null): number => levels.findIndex((level) => level.name === name);
  return { userId, from: held, to: target, direction: rank(target) > rank(held) ? 'up' : 'down' };
}
