import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { isBotUser } from '../roles/supportRoles.js';
import type { SupportContext } from '../SupportContext.js';
import { topicTagNames } from './forumTags.js';
import { helpChannels, supportActive } from './helpChannels.js';
import { openQuestion } from './openQuestion.js';

/**
 * `thread.created` under a help forum or help text channel: the thread is a question, asked by
 * the thread's owner, tagged with the forum tags it carries (names). A thread Guildhall
 * started itself (`autoThread`) is already a question and stays as it is; other threads a bot
 * starts are not questions.
 * @param event - the thread
 * @param ctx - module context
 */
export async function threadCreated(event: DomainEventOf<'thread.created'>, ctx: SupportContext): Promise<void> {
  if (!supportActive(ctx)) return;
  const { threadId, parentId, ownerId, name } = event.payload;
  if (parentId === null || ownerId === null) return;
  const channels = await helpChannels(ctx, event.guildId);
  const parent = channels.byId.get(parentId);
  if (parent === undefined) return;
  if (await isBotUser(ctx, event.guildId, ownerId)) return;
  await openQuestion(ctx, {
    guildId: event.guildId,
    threadId,
    channelId: parentId,
    askerId: ownerId,
    title: name,
    body: '',
    tags: topicTagNames(parent, event.payload.appliedTags ?? [], ctx.config.solutions.solvedTag),
    askedAt: event.occurredAt,
  });
}
