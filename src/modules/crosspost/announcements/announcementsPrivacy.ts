import type { MemberPrivacy } from '../../../core/MemberPrivacy.js';
import type { CrosspostContext } from '../CrosspostContext.js';
import { announcementsDb } from './announcementsTables.js';

/**
 * A member's data in the announcements part's tables: the announcements they wrote (as staff).
 * Erase keeps the published announcements (they are the community's) but replaces the author
 * with `erased`; unpublished drafts are deleted.
 */
export const announcementsPrivacy: MemberPrivacy<CrosspostContext> = {
  async exportMember(ctx, guildId, userId) {
    const posts = await announcementsDb(ctx.db)
      .selectFrom('crosspost_posts')
      .select(['id', 'title', 'text', 'link', 'hashtags', 'status', 'created_at', 'published_at'])
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .orderBy('created_at')
      .execute();
    return posts.length === 0
      ? {}
      : { announcements: posts.map((p) => ({ ...p, hashtags: JSON.parse(p.hashtags) as string[] })) };
  },
  async eraseMember(ctx, guildId, userId) {
    const db = announcementsDb(ctx.db);
    const drafts = await db
      .deleteFrom('crosspost_posts')
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .where('status', '!=', 'published')
      .executeTakeFirst();
    const published = await db
      .updateTable('crosspost_posts')
      .set({ author_id: 'erased' })
      .where('guild_id', '=', guildId)
      .where('author_id', '=', userId)
      .executeTakeFirst();
    return Number(drafts.numDeletedRows) + Number(published.numUpdatedRows);
  },
};
