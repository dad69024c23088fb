import type { Selectable } from 'kysely';
import { SKILL_LEVELS, type GroupType, type SkillLevel } from '../config/LearningTypes.js';
import type { LearningConfig } from '../LearningConfig.js';
import type { LearningContext } from '../LearningContext.js';
import type { LearningProfileTable } from '../LearningTables.js';
import { learnerVector } from '../matching/learnerVector.js';
import type { GroupProblem } from '../matching/MatchProfile.js';
import { GroupStore } from './groupStore.js';

/** Skill levels each group type takes when `groups.types` does not say. */
const DEFAULT_SKILLS: Record<GroupType, readonly SkillLevel[]> = {
  'beginner-cohort': ['beginner'],
  'intermediate-team': ['intermediate'],
  'advanced-circle': ['advanced', 'expert'],
  'cross-domain': SKILL_LEVELS,
  industry: SKILL_LEVELS,
};

/**
 * Who takes part in a round of a type, and the group size bounds.
 * @param groups - `learning.groups`
 * @param type - the group type
 */
export function typeRules(
  groups: LearningConfig['groups'],
  type: GroupType,
): { skills: readonly SkillLevel[]; minSize: number; maxSize: number } {
  const own = groups.types[type];
  const minSize = own?.minSize ?? groups.minSize;
  const maxSize = Math.max(minSize, own?.maxSize ?? groups.maxSize);
  return { skills: own?.skills ?? DEFAULT_SKILLS[type], minSize, maxSize };
}

/** A round's problem and the profiles it was built from. */
export interface RoundProblem {
  problem: GroupProblem;
  profiles: Selectable<LearningProfileTable>[];
}

/**
 * The formation problem of a round of `type` now: everyone taking part at the type's skill
 * levels, do-not-pair lists as forbidden pairs, pairs of the last `avoidRepeatRounds` formed
 * rounds as recent pairs; cross-domain groups score different interests, industry groups only
 * group members of one industry.
 * @param ctx - module context
 * @param guildId - the guild
 * @param type - the group type
 */
export async function roundProblem(ctx: LearningContext, guildId: string, type: GroupType): Promise<RoundProblem> {
  const groups = ctx.config.groups;
  const rules = typeRules(groups, type);
  const store = new GroupStore(ctx.db);
  const profiles = await store.candidates(guildId, rules.skills);
  const ids = profiles.map((p) => p.user_id);
  const now = ctx.clock.now();
  const problem: GroupProblem = {
    learners: profiles.map((p) => learnerVector(p, ctx.config.mentors.noShowPenalty, now)),
    minSize: rules.minSize,
    maxSize: rules.maxSize,
    weights: groups.weights,
    mode: type === 'cross-domain' ? 'cross-domain' : 'similar',
    sameIndustry: type === 'industry',
    forbidden: await store.forbiddenPairs(guildId, ids),
    recent: await store.recentPairs(guildId, groups.avoidRepeatRounds),
  };
  return { problem, profiles };
}
