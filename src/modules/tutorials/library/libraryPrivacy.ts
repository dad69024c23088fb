import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { libraryDb } from './libraryTables.js';

/**
 * A member's data in the library part's tables: their tutorials (with text), ratings, views,
 * completions and the reviews they wrote. Erase blanks the text of their tutorials and drops
 * them as author (the post stays on Discord, a Discord-side message; the card shows
 * "(erased)"), deletes their rating / view / completion rows and their reviews.
 */
export const libraryPrivacy: MemberPrivacy<TutorialsContext> = {
  async exportMember(ctx, guildId, userId) {
    const db = libraryDb(ctx.db);
    const tutorials = await db
      .selectFrom('tutorials_library')
      .select([
        'id',
        'number',
        'title',
        'summary',
        'link',
        'body',
        'category',
        'level',
        'format',
        'status',
        'created_at',
      ])
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .orderBy('number')
      .execute();
    const activity = await db
      .selectFrom('tutorials_library_members')
      .select(['tutorial_id', 'viewed_at', 'completed_at', 'rating', 'rated_at'])
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .orderBy('tutorial_id')
      .execute();
    const reviews = await db
      .selectFrom('tutorials_library_reviews')
      .select(['tutorial_id', 'verdict', 'notes', 'at'])
      .where('guild_id', '=', guildId)
      .where('reviewer_id', '=', userId)
      .orderBy('at')
      .execute();
    return { libraryTutorials: tutorials, libraryActivity: activity, libraryReviews: reviews };
  },
  async eraseMember(ctx, guildId, userId) {
    const db = libraryDb(ctx.db);
    const authored = await db
      .updateTable('tutorials_library')
      .set({ author_id: null, title: '', summary: '', link: '', body: '' })
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .executeTakeFirst();
    const activity = await db
      .deleteFrom('tutorials_library_members')
      .where('guild_id', '=', guildId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    const reviews = await db
      .deleteFrom('tutorials_library_reviews')
      .where('guild_id', '=', guildId)
      .where('reviewer_id', '=', userId)
      .executeTakeFirst();
    return Number(authored.numUpdatedRows) + Number(activity.numDeletedRows) + Number(reviews.numDeletedRows);
  },
};
