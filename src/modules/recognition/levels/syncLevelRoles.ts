import type { GuildSnapshot, MemberSnapshot } from '../../../platform/Platform.js';
import type { LevelRule } from '../config/RewardRules.js';
import { setMemberRole } from './setMemberRole.js';
import type { RecognitionContext } from '../RecognitionContext.js';

/** What a role sync did. */
export interface RoleSyncResult {
  added: string[];
  removed: string[];
  /** Roles that could not be managed (missing, above the bot, refused), with why. */
  problems: string[];
}

/**
 * Makes a member's level roles exactly the role of `target` (with `cumulative`, the roles
 * of every level up to it): idempotent (a member already in sync costs no request),
 * hierarchy-aware (see {@link setMemberRole}). When a wanted role cannot be granted (a
 * configuration problem, logged), nothing is taken away until it is fixed.
 * @param ctx - module context
 * @param guild - the guild
 * @param member - the member with their current roles
 * @param levels - every level (their roles are the ones managed)
 * @param target - the level the member should hold (null: none)
 * @param cumulative - keep the roles of the levels below too
 */
export async function syncLevelRoles(
  ctx: RecognitionContext,
  guild: GuildSnapshot,
  member: MemberSnapshot,
  levels: readonly LevelRule[],
  target: string | null,
  cumulative = false,
): Promise<RoleSyncResult> {
  const result: RoleSyncResult = { added: [], removed: [], problems: [] };
  const index = levels.findIndex((level) => level.name === target);
  const held = index < 0 ? [] : cumulative ? levels.slice(0, index + 1) : levels.slice(index, index + 1);
  const wanted = new Set(held.map((level) => level.role));
  const reason = `Guildhall recognition: level ${target ?? 'none'}`;
  // Grants first: a member moving up is never left without a level role in between.
  const roles = [...new Set(levels.map((level) => level.role))].sort(
    (a, b) => Number(wanted.has(b)) - Number(wanted.has(a)),
  );
  for (const roleName of roles) {
    const want = wanted.has(roleName);
    if (!want && result.problems.length > 0) break;
    const change = await setMemberRole(ctx, guild, member, roleName, want, reason);
    if (change === 'added') result.added.push(roleName);
    else if (change === 'removed') result.removed.push(roleName);
    else if (change !== 'unchanged') result.problems.push(change.problem);
  }
  return result;
}
