import { truncateText } from '../../../platform/fitMessage.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import type { TutorialFormat, TutorialLevel } from './libraryConfig.js';
import { libraryForum, metadataTagIds } from './libraryForum.js';
import type { ReviewStatus } from './libraryTables.js';
import { creditAuthor } from './creditAuthor.js';
import { tutorialCard } from './tutorialCard.js';
import type { TutorialText } from './tutorialForm.js';
import { NO_STATS, nextNumber, type Tutorial } from './tutorialStore.js';
import { libraryDb } from './libraryTables.js';

/** The metadata of a new tutorial. */
export interface TutorialMetadata {
  category: string;
  level: TutorialLevel;
  format: TutorialFormat;
}

/** Where a new tutorial comes from. */
export type TutorialOrigin =
  /** `/tutorial submit`: Guildhall starts the forum post, the card its starter message. */
  | { source: 'command' }
  /** A member's own forum post: the card is posted in it. */
  | { source: 'forum'; threadId: string };

/**
 * Adds a tutorial to the library: the forum post (or the member's own), its card with the
 * buttons, the row, `tutorials.submitted`, and the author's `tutorial` credit when
 * `creditOn` is `publish`. The post is started at once (`platformNow`), so its id is the
 * tutorial's; Discord takes no nonce for a forum post, so a crash between the post and the
 * commit leaves that post behind and the re-run starts another (as feedback's forum posts).
 * @param ctx - module context
 * @param guildId - the guild
 * @param authorId - the author
 * @param text - title, summary, link, text
 * @param metadata - category, level, format
 * @param origin - command or native post
 * @param at - when
 * @see https://discord.com/developers/docs/resources/channel#start-thread-in-forum-or-media-channel
 */
export async function submitTutorial(
  ctx: TutorialsContext,
  guildId: string,
  authorId: string,
  text: TutorialText,
  metadata: TutorialMetadata,
  origin: TutorialOrigin,
  at: number,
): Promise<Tutorial | null> {
  const forum = await libraryForum(ctx, guildId);
  if (forum === null) return null;
  const status: ReviewStatus = 'pending';
  const draft: Tutorial = {
    guild_id: guildId,
    id: origin.source === 'forum' ? origin.threadId : '',
    number: await nextNumber(ctx, guildId),
    forum_id: forum.id,
    card_id: null,
    author_id: authorId,
    ...text,
    ...metadata,
    status,
    source: origin.source,
    credited: 0,
    created_at: at,
    updated_at: at,
    reviewed_at: null,
  };
  const config = ctx.config.library;
  if (origin.source === 'command') {
    const post = await ctx.platformNow.createForumPost(forum.id, {
      name: truncateText(text.title, 100),
      message: tutorialCard(draft, NO_STATS, config),
      appliedTags: metadataTagIds(forum, config, metadata.category, metadata.level),
    });
    draft.id = post.threadId;
    draft.card_id = post.messageId;
  } else {
    const sent = await ctx.platformNow.sendMessage(origin.threadId, {
      ...tutorialCard(draft, NO_STATS, config),
      nonce: `tutorials:card:${origin.threadId}`,
    });
    draft.card_id = sent.id;
  }
  await libraryDb(ctx.db).insertInto('tutorials_library').values(draft).execute();
  await ctx.emit(
    'tutorials.submitted',
    { tutorialId: draft.id, number: draft.number, authorId, ...metadata, source: origin.source },
    { key: `${draft.id}:submitted`, guildId },
  );
  if (config.creditOn === 'publish') await creditAuthor(ctx, draft);
  return draft;
}
