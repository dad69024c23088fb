import type { Selectable } from 'kysely';
import type { LearningContext } from '../LearningContext.js';
import { learningDb, type LearningProfileTable } from '../LearningTables.js';
import { menteeVector, mentorVector } from '../matching/learnerVector.js';
import type { MenteeVector, MentorProblem, MentorVector } from '../matching/MatchProfile.js';

/** Everyone an assignment or a recommendation looks at, as the algorithms see them. */
export interface MentorCandidates {
  /** Members seeking a mentor with no active mentorship as mentee. */
  mentees: MenteeVector[];
  /** Active mentors with a profile (capacity: what is left, possibly 0). */
  mentors: MentorVector[];
  /** Do-not-pair entries (either member may have added it). */
  forbidden: [string, string][];
  /** Profiles by user id (mentees and mentors), for DM preferences. */
  profiles: Map<string, Selectable<LearningProfileTable>>;
}

/**
 * Whether a member has an active mentorship as mentee.
 * @param ctx - module context
 * @param guildId - the guild
 * @param menteeId - the member
 */
export async function hasActiveMentor(ctx: LearningContext, guildId: string, menteeId: string): Promise<boolean> {
  const row = await learningDb(ctx.db)
    .selectFrom('learning_mentorships')
    .select('id')
    .where('guild_id', '=', guildId)
    .where('mentee_id', '=', menteeId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * A member's learner profile, or undefined.
 * @param ctx - module context
 * @param guildId - the guild
 * @param userId - the member
 */
export async function profileOf(
  ctx: LearningContext,
  guildId: string,
  userId: string,
): Promise<Selectable<LearningProfileTable> | undefined> {
  return learningDb(ctx.db)
    .selectFrom('learning_profiles')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * The mentor candidates of a guild: mentees (profiles seeking a mentor, without an active
 * mentor; or exactly `menteeIds` when given, whether seeking or not), every active mentor
 * with a profile and their capacity left, and the do-not-pair pairs. Vectors are taken now
 * (`ctx.clock`), with `mentors.noShowPenalty`.
 * @param ctx - module context
 * @param guildId - the guild
 * @param menteeIds - only these members as mentees (a recommendation for one member)
 */
export async function loadCandidates(
  ctx: LearningContext,
  guildId: string,
  menteeIds?: readonly string[],
): Promise<MentorCandidates> {
  const db = learningDb(ctx.db);
  const at = ctx.clock.now();
  const penalty = ctx.config.mentors.noShowPenalty;
  const profiles = new Map(
    (await db.selectFrom('learning_profiles').selectAll().where('guild_id', '=', guildId).execute()).map((p) => [
      p.user_id,
      p,
    ]),
  );
  const active = await db
    .selectFrom('learning_mentorships')
    .select(['mentor_id', 'mentee_id'])
    .where('guild_id', '=', guildId)
    .where('status', '=', 'active')
    .execute();
  const mentored = new Set(active.map((m) => m.mentee_id));
  const counts = new Map<string, number>();
  for (const m of active) counts.set(m.mentor_id, (counts.get(m.mentor_id) ?? 0) + 1);
  const mentorRows = await db
    .selectFrom('learning_mentors')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('active', '=', 1)
    .orderBy('user_id')
    .execute();
  const mentors: MentorVector[] = [];
  for (const row of mentorRows) {
    const profile = profiles.get(row.user_id);
    if (profile !== undefined) mentors.push(mentorVector(profile, row, counts.get(row.user_id) ?? 0, penalty, at));
  }
  const wanted = menteeIds === undefined ? null : new Set(menteeIds);
  const mentees = [...profiles.values()]
    .filter((p) => (wanted === null ? p.seeking_mentor === 1 && !mentored.has(p.user_id) : wanted.has(p.user_id)))
    .sort((a, b) => a.user_id.localeCompare(b.user_id))
    .map((p) => menteeVector(p, penalty, at));
  const avoid = await db
    .selectFrom('learning_avoid')
    .select(['user_id', 'other_id'])
    .where('guild_id', '=', guildId)
    .execute();
  return { mentees, mentors, forbidden: avoid.map((a) => [a.user_id, a.other_id]), profiles };
}

/**
 * The assignment problem of some candidates with the configured weights and floor.
 * @param ctx - module context
 * @param candidates - mentees, mentors, do-not-pair pairs
 */
export function mentorProblem(ctx: LearningContext, candidates: MentorCandidates): MentorProblem {
  return {
    mentees: candidates.mentees,
    mentors: candidates.mentors,
    weights: ctx.config.mentors.weights,
    minCompatibility: ctx.config.mentors.minCompatibility,
    forbidden: candidates.forbidden,
  };
}

/**
 * Whether two members are on a do-not-pair list (either way).
 * @param forbidden - the pairs
 * @param a - one member
 * @param b - the other
 */
export function isForbidden(forbidden: readonly (readonly [string, string])[], a: string, b: string): boolean {
  return forbidden.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}
