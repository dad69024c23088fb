import type { Selectable } from 'kysely';
import type { CrosspostContext } from '../../CrosspostContext.js';
import type { AnnouncementDraft } from '../adapt/adaptAnnouncement.js';
import { announcementsDb, type CrosspostPostTable } from '../announcementsTables.js';

/** A stored announcement. */
export type StoredPost = Selectable<CrosspostPostTable>;

/** Longest title, text and link an author may write. */
export const DRAFT_LIMITS = { title: 200, text: 4000, link: 500, hashtags: 15 } as const;

/**
 * Stores a new draft (idempotent by id: a second call with the same id keeps the first).
 * @param ctx - module context
 * @param guildId - the guild
 * @param input - id, author, what they wrote, when
 */
export async function createDraft(
  ctx: CrosspostContext,
  guildId: string,
  input: { id: string; authorId: string; draft: AnnouncementDraft; at: number },
): Promise<StoredPost> {
  const db = announcementsDb(ctx.db);
  await db
    .insertInto('crosspost_posts')
    .values({
      guild_id: guildId,
      id: input.id,
      author_id: input.authorId,
      title: input.draft.title,
      text: input.draft.text,
      link: input.draft.link,
      hashtags: JSON.stringify(input.draft.hashtags),
      status: 'draft',
      discord_channel_id: null,
      created_at: input.at,
      published_at: null,
    })
    .onConflict((oc) => oc.columns(['guild_id', 'id']).doNothing())
    .execute();
  const post = await findPost(ctx, guildId, input.id);
  if (post === null) throw new Error(`crosspost draft ${input.id} was not stored`);
  return post;
}

/**
 * One announcement, or null.
 * @param ctx - module context
 * @param guildId - the guild
 * @param id - the post id
 */
export async function findPost(ctx: CrosspostContext, guildId: string, id: string): Promise<StoredPost | null> {
  const row = await announcementsDb(ctx.db)
    .selectFrom('crosspost_posts')
    .selectAll()
    .where('guild_id', '=', guildId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

/**
 * What the author wrote, as the adaptation takes it.
 * @param post - a stored announcement
 */
export function draftOf(post: StoredPost): AnnouncementDraft {
  return { title: post.title, text: post.text, link: post.link, hashtags: JSON.parse(post.hashtags) as string[] };
}

/**
 * Marks a draft cancelled; answers false when it was not a draft any more.
 * @param ctx - module context
 * @param guildId - the guild
 * @param id - the post id
 */
export async function cancelDraft(ctx: CrosspostContext, guildId: string, id: string): Promise<boolean> {
  const result = await announcementsDb(ctx.db)
    .updateTable('crosspost_posts')
    .set({ status: 'cancelled' })
    .where('guild_id', '=', guildId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
