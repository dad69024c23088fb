import { sql } from 'kysely';
import type { TutorialsContext } from '../TutorialsContext.js';
import { libraryDb, type TutorialMemberTable, type TutorialTable } from './libraryTables.js';

/** A stored tutorial. */
export type Tutorial = TutorialTable;

/** A tutorial's counts: ratings (and their mean), views, completions. */
export interface TutorialStats {
  ratings: number;
  /** Mean rating, 0 when unrated. */
  mean: number;
  views: number;
  completions: number;
}

/**
 * A tutorial by its post (thread) id.
 * @param ctx - module context
 * @param guildId - the guild
 * @param id - the post id
 */
export function getTutorial(ctx: TutorialsContext, guildId: string, id: string): Promise<Tutorial | undefined> {
  return libraryDb(ctx.db)
    .selectFrom('tutorials_library')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * A tutorial by its number in the guild.
 * @param ctx - module context
 * @param guildId - the guild
 * @param number - its number
 */
export function tutorialByNumber(
  ctx: TutorialsContext,
  guildId: string,
  number: number,
): Promise<Tutorial | undefined> {
  return libraryDb(ctx.db)
    .selectFrom('tutorials_library')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/**
 * The next tutorial number of a guild.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function nextNumber(ctx: TutorialsContext, guildId: string): Promise<number> {
  const row = await libraryDb(ctx.db)
    .selectFrom('tutorials_library')
    .select(sql<number | string | null>`max(number)`.as('top'))
    .where('guild_id', '=', guildId)
    .executeTakeFirst();
  return Number(row?.top ?? 0) + 1;
}

/**
 * Changes a tutorial's columns.
 * @param ctx - module context
 * @param tutorial - the tutorial
 * @param patch - the new values
 */
export async function updateTutorial(
  ctx: TutorialsContext,
  tutorial: Pick<Tutorial, 'guild_id' | 'id'>,
  patch: Partial<Omit<Tutorial, 'guild_id' | 'id'>>,
): Promise<void> {
  await libraryDb(ctx.db)
    .updateTable('tutorials_library')
    .set(patch)
    .where('guild_id', '=', tutorial.guild_id)
    .where('id', '=', tutorial.id)
    .execute();
}

/**
 * The counts of tutorials of a guild, by tutorial id.
 * @param ctx - module context
 * @param guildId - the guild
 * @param ids - only these tutorials (all when absent)
 */
export async function tutorialStats(
  ctx: TutorialsContext,
  guildId: string,
  ids?: readonly string[],
): Promise<Map<string, TutorialStats>> {
  if (ids?.length === 0) return new Map();
  let query = libraryDb(ctx.db)
    .selectFrom('tutorials_library_members')
    .select([
      'tutorial_id',
      sql<number | string>`count(rating)`.as('ratings'),
      sql<number | string | null>`avg(rating)`.as('mean'),
      sql<number | string>`count(viewed_at)`.as('views'),
      sql<number | string>`count(completed_at)`.as('completions'),
    ])
    .where('guild_id', '=', guildId)
    .groupBy('tutorial_id');
  if (ids !== undefined) query = query.where('tutorial_id', 'in', ids);
  const rows = await query.execute();
  return new Map(
    rows.map((r) => [
      r.tutorial_id,
      {
        ratings: Number(r.ratings),
        mean: r.mean === null ? 0 : Number(r.mean),
        views: Number(r.views),
        completions: Number(r.completions),
      },
    ]),
  );
}

/** No ratings, views or completions yet. */
export const NO_STATS: TutorialStats = { ratings: 0, mean: 0, views: 0, completions: 0 };

/**
 * The counts of one tutorial.
 * @param ctx - module context
 * @param tutorial - the tutorial
 */
export async function statsOf(
  ctx: TutorialsContext,
  tutorial: Pick<Tutorial, 'guild_id' | 'id'>,
): Promise<TutorialStats> {
  return (await tutorialStats(ctx, tutorial.guild_id, [tutorial.id])).get(tutorial.id) ?? NO_STATS;
}

/**
 * A member's row for a tutorial, if any.
 * @param ctx - module context
 * @param tutorial - the tutorial
 * @param userId - the member
 */
export function memberRow(
  ctx: TutorialsContext,
  tutorial: Pick<Tutorial, 'guild_id' | 'id'>,
  userId: string,
): Promise<TutorialMemberTable | undefined> {
  return libraryDb(ctx.db)
    .selectFrom('tutorials_library_members')
    .selectAll()
    .where('guild_id', '=', tutorial.guild_id)
    .where('tutorial_id', '=', tutorial.id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * Sets columns of a member's row for a tutorial, creating the row when it is the first.
 * @param ctx - module context
 * @param tutorial - the tutorial
 * @param userId - the member
 * @param patch - the columns to set
 */
export async function setMemberRow(
  ctx: TutorialsContext,
  tutorial: Pick<Tutorial, 'guild_id' | 'id'>,
  userId: string,
  patch: Partial<Pick<TutorialMemberTable, 'viewed_at' | 'completed_at' | 'rating' | 'rated_at'>>,
): Promise<void> {
  const db = libraryDb(ctx.db);
  const existing = await memberRow(ctx, tutorial, userId);
  if (existing === undefined) {
    await db
      .insertInto('tutorials_library_members')
      .values({
        guild_id: tutorial.guild_id,
        tutorial_id: tutorial.id,
        user_id: userId,
        viewed_at: null,
        completed_at: null,
        rating: null,
        rated_at: null,
        ...patch,
      })
      .execute();
    return;
  }
  await db
    .updateTable('tutorials_library_members')
    .set(patch)
    .where('guild_id', '=', tutorial.guild_id)
    .where('tutorial_id', '=', tutorial.id)
    .where('user_id', '=', userId)
    .execute();
}

/**
 * Counts a view: the first time a member opens a tutorial (or posts in its thread).
 * Answers whether it was the member's first.
 * @param ctx - module context
 * @param tutorial - the tutorial
 * @param userId - the member
 * @param at - when
 */
export async function recordView(
  ctx: TutorialsContext,
  tutorial: Pick<Tutorial, 'guild_id' | 'id'>,
  userId: string,
  at: number,
): Promise<boolean> {
  const row = await memberRow(ctx, tutorial, userId);
  if (row?.viewed_at !== undefined && row.viewed_at !== null) return false;
  await setMemberRow(ctx, tutorial, userId, { viewed_at: at });
  return true;
}
