import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { TutorialsContext } from '../TutorialsContext.js';
import { openTutorial } from './cardActions.js';
import { libraryForum, metadataFromTags } from './libraryForum.js';
import { submitTutorial } from './submitTutorial.js';
import { refreshCard } from './refreshCard.js';
import { getTutorial, updateTutorial } from './tutorialStore.js';

/**
 * `thread.created`: a member's own post in the library forum becomes a tutorial (the card is
 * posted in it). Its tags give the category and level when they match the config; otherwise
 * the first category, `beginner`, and the first format (the author corrects them with
 * `/tutorial edit`). Posts Guildhall starts itself, and bots' posts, are left alone.
 * @param event - the new thread
 * @param ctx - module context
 */
export async function onLibraryThread(event: DomainEventOf<'thread.created'>, ctx: TutorialsContext): Promise<void> {
  const { threadId, parentId, ownerId, name, appliedTags } = event.payload;
  if (ownerId === null || parentId === null) return;
  const forum = await libraryForum(ctx, event.guildId);
  if (forum?.id !== parentId) return;
  if ((await getTutorial(ctx, event.guildId, threadId)) !== undefined) return;
  const owner = await ctx.members.get(event.guildId, ownerId);
  if (owner?.bot === true) return;
  const config = ctx.config.library;
  const tagged = metadataFromTags(forum, config, appliedTags ?? []);
  const [firstCategory] = config.categories;
  const [firstFormat] = config.formats;
  if (firstCategory === undefined || firstFormat === undefined) return;
  await submitTutorial(
    ctx,
    event.guildId,
    ownerId,
    { title: name.trim().slice(0, 100) || 'Untitled tutorial', summary: '', link: '', body: '' },
    { category: tagged.category ?? firstCategory.id, level: tagged.level ?? 'beginner', format: firstFormat },
    { source: 'forum', threadId },
    event.occurredAt,
  );
}

/**
 * `message.created` in a tutorial's post: the member who writes there has opened it (a view,
 * once per member). The post's starter message of a native post becomes the tutorial's summary.
 * @param event - the message
 * @param ctx - module context
 */
export async function onLibraryMessage(event: DomainEventOf<'message.created'>, ctx: TutorialsContext): Promise<void> {
  const { channelId, authorId, authorBot, messageId, content } = event.payload;
  if (authorBot || ctx.config.library.forum === null) return;
  const tutorial = await getTutorial(ctx, event.guildId, channelId);
  if (tutorial === undefined) return;
  if (
    messageId === channelId &&
    tutorial.source === 'forum' &&
    tutorial.summary === '' &&
    authorId === tutorial.author_id
  ) {
    await updateTutorial(ctx, tutorial, { summary: content.trim().slice(0, 300) });
    await refreshCard(ctx, tutorial);
    return;
  }
  await openTutorial(ctx, tutorial, authorId, event.occurredAt);
}
