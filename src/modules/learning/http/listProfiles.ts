import { memberDisplayNames } from '../../../core/members/memberDisplayNames.js';
import { learningDb } from '../LearningTables.js';
import type { ProfileList } from './LearningApi.js';
import { jsonList, named, type LearningViewContext } from './learningViews.js';

/**
 * Every learner profile (staff): skill, pace, style, goals, interests, languages, time zone,
 * availability, opt-ins and no-shows, and whether the member mentors too; by name.
 * @param ctx - db, member directory, platform
 * @param guildId - the guild
 */
export async function listProfiles(ctx: LearningViewContext, guildId: string): Promise<ProfileList> {
  const db = learningDb(ctx.db);
  const rows = await db.selectFrom('learning_profiles').selectAll().where('guild_id', '=', guildId).execute();
  if (rows.length === 0) return { profiles: [] };
  const mentorIds = new Set(
    (await db.selectFrom('learning_mentors').select('user_id').where('guild_id', '=', guildId).execute()).map(
      (m) => m.user_id,
    ),
  );
  const names = await memberDisplayNames(
    ctx,
    guildId,
    rows.map((r) => r.user_id),
  );
  const profiles = rows.map((r) => ({
    ...named(names, r.user_id),
    skill: r.skill,
    pace: r.pace,
    style: r.style,
    communication: r.communication,
    goals: jsonList(r.goals),
    industry: r.industry,
    interests: jsonList(r.interests),
    languages: jsonList(r.languages),
    timezone: r.timezone,
    availability: jsonList(r.availability),
    groupsOptIn: r.groups_opt_in === 1,
    seekingMentor: r.seeking_mentor === 1,
    mentorCategory: r.mentor_category,
    noShows: r.no_shows,
    mentor: mentorIds.has(r.user_id),
    updatedAt: r.updated_at,
  }));
  profiles.sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  return { profiles };
}
