import { LEARNING_STYLES, PACES, SKILL_LEVELS } from '../config/LearningTypes.js';
import { learningDb } from '../LearningTables.js';
import type { LearningOverview } from './LearningApi.js';
import { jsonList, type LearningViewContext } from './learningViews.js';

function buckets(order: readonly string[], values: readonly string[]): { value: string; count: number }[] {
  const counts = new Map<string, number>(order.map((v) => [v, 0]));
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count }));
}

/**
 * The cohort in numbers: profiles, members in group rounds, mentees waiting, mentors active
 * and paused, active groups and mentorships; profiles per skill, pace, style and goal; rounds.
 * @param ctx - db and config
 * @param guildId - the guild
 */
export async function learningOverview(ctx: LearningViewContext, guildId: string): Promise<LearningOverview> {
  const db = learningDb(ctx.db);
  const profiles = await db
    .selectFrom('learning_profiles')
    .select(['skill', 'pace', 'style', 'goals', 'groups_opt_in', 'seeking_mentor'])
    .where('guild_id', '=', guildId)
    .execute();
  const mentors = await db.selectFrom('learning_mentors').select('active').where('guild_id', '=', guildId).execute();
  const countOf = async (table: 'learning_groups' | 'learning_mentorships') =>
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('guild_id', '=', guildId)
        .where('status', '=', 'active')
        .executeTakeFirst()
    )?.n ?? 0;
  const rounds = await db
    .selectFrom('learning_rounds')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .where('guild_id', '=', guildId)
    .groupBy('status')
    .execute();
  const roundsOf = (status: 'formed' | 'preview') => rounds.find((r) => r.status === status)?.n ?? 0;
  return {
    cohort: {
      profiles: profiles.length,
      inGroups: profiles.filter((p) => p.groups_opt_in === 1).length,
      seekingMentor: profiles.filter((p) => p.seeking_mentor === 1).length,
      mentorsActive: mentors.filter((m) => m.active === 1).length,
      mentorsPaused: mentors.filter((m) => m.active !== 1).length,
      activeGroups: await countOf('learning_groups'),
      activeMentorships: await countOf('learning_mentorships'),
    },
    distributions: {
      skill: buckets(
        SKILL_LEVELS,
        profiles.map((p) => p.skill),
      ),
      pace: buckets(
        PACES,
        profiles.map((p) => p.pace),
      ),
      style: buckets(
        LEARNING_STYLES,
        profiles.map((p) => p.style),
      ),
      goals: buckets(
        ctx.config.goals,
        profiles.flatMap((p) => jsonList(p.goals)),
      ),
    },
    rounds: { formed: roundsOf('formed'), previews: roundsOf('preview') },
  };
}
