import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { SupportContext } from '../SupportContext.js';
import { getArticle, insertArticle, updateArticle } from './articles.js';
import { topicTagNames } from '../questions/forumTags.js';
import { knowledgeForum } from './knowledgeForums.js';
import { reviewButtonRow } from './reviewForm.js';

/**
 * `thread.created` in an FAQ forum or a guide forum: the post becomes an article (its text
 * comes with the starter message). An FAQ entry is published at once; a guide waits for peer
 * review: `support.guide_submitted` and a "Review this guide" button in its thread. Posts by
 * bots are not articles.
 * @param event - the thread
 * @param ctx - module context
 */
export async function articleThreadCreated(event: DomainEventOf<'thread.created'>, ctx: SupportContext): Promise<void> {
  const { threadId, parentId, ownerId, name } = event.payload;
  if (parentId === null || ownerId === null) return;
  const found = await knowledgeForum(ctx, event.guildId, parentId);
  if (found === undefined) return;
  if ((await ctx.members.get(event.guildId, ownerId))?.bot === true) return;
  const { verifiedTag, reviewersRequired } = ctx.config.knowledgeBase;
  const inserted = await insertArticle(ctx, {
    guild_id: event.guildId,
    id: threadId,
    channel_id: parentId,
    kind: found.kind,
    author_id: ownerId,
    title: name,
    body: '',
    tags: JSON.stringify(topicTagNames(found.forum, event.payload.appliedTags ?? [], verifiedTag)),
    status: found.kind === 'faq' ? 'published' : 'in_review',
    created_at: event.occurredAt,
    updated_at: event.occurredAt,
    verified_at: null,
  });
  if (!inserted || found.kind !== 'guide') return;
  await ctx.emit(
    'support.guide_submitted',
    { articleId: threadId, authorId: ownerId },
    { key: `${threadId}:guide_submitted`, guildId: event.guildId },
  );
  await ctx.platform.sendMessage(threadId, {
    content: `Thanks for the guide! It gets the **${verifiedTag}** tag once ${reviewersRequired} other member${reviewersRequired === 1 ? '' : 's'} have reviewed it (accuracy, clarity, completeness, usefulness).`,
    components: [reviewButtonRow(threadId)],
    allowedUserMentions: [],
  });
}

/**
 * `message.created` in an article's thread: the author's starter message (it shares the
 * thread's id) is the article's text; an edit of it is not followed.
 * @param event - the message
 * @param ctx - module context
 */
export async function articleMessage(event: DomainEventOf<'message.created'>, ctx: SupportContext): Promise<void> {
  const { channelId, messageId, authorId, authorBot, content } = event.payload;
  if (authorBot) return;
  const article = await getArticle(ctx, event.guildId, channelId);
  if (article === undefined || authorId !== article.author_id) return;
  if (messageId !== article.id && article.body !== '') return;
  await updateArticle(ctx, event.guildId, article.id, { body: content, updated_at: event.occurredAt });
}

/**
 * `thread.updated` of an article: its title and tags follow the thread (the verified tag is
 * its status, not a topic).
 * @param event - the thread as it is now
 * @param ctx - module context
 */
export async function articleThreadUpdated(event: DomainEventOf<'thread.updated'>, ctx: SupportContext): Promise<void> {
  const { threadId, parentId, name, appliedTags } = event.payload;
  const article = await getArticle(ctx, event.guildId, threadId);
  if (article === undefined || parentId === null) return;
  const forum = (await ctx.platform.fetchGuild(event.guildId)).channels.find((c) => c.id === parentId);
  const tags =
    forum === undefined
      ? article.tags
      : JSON.stringify(topicTagNames(forum, appliedTags, ctx.config.knowledgeBase.verifiedTag));
  if (tags === article.tags && name === article.title) return;
  await updateArticle(ctx, event.guildId, article.id, { title: name, tags, updated_at: event.occurredAt });
}
