import { memberDisplayNames } from '../../../core/members/memberDisplayNames.js';
import { learningDb } from '../LearningTables.js';
import type { MentorList } from './LearningApi.js';
import { jsonList, named, type LearningViewContext } from './learningViews.js';

/**
 * Mentors with their category, domains, capacity and load (active mentees now), most loaded
 * first, then by name.
 * @param ctx - db, member directory, platform
 * @param guildId - the guild
 */
export async function listMentors(ctx: LearningViewContext, guildId: string): Promise<MentorList> {
  const db = learningDb(ctx.db);
  const mentors = await db.selectFrom('learning_mentors').selectAll().where('guild_id', '=', guildId).execute();
  if (mentors.length === 0) return { mentors: [] };
  const loads = new Map(
    (
      await db
        .selectFrom('learning_mentorships')
        .select((eb) => ['mentor_id', eb.fn.countAll<number>().as('n')])
        .where('guild_id', '=', guildId)
        .where('status', '=', 'active')
        .groupBy('mentor_id')
        .execute()
    ).map((r) => [r.mentor_id, r.n] as const),
  );
  const names = await memberDisplayNames(
    ctx,
    guildId,
    mentors.map((m) => m.user_id),
  );
  const views = mentors.map((m) => ({
    ...named(names, m.user_id),
    category: m.category,
    domains: jsonList(m.domains),
    capacity: m.capacity,
    load: loads.get(m.user_id) ?? 0,
    paused: m.active !== 1,
    createdAt: m.created_at,
  }));
  views.sort((a, b) => b.load - a.load || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  return { mentors: views };
}
