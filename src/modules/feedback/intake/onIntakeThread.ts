import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { createItem } from './createItem.js';
import { titleOf } from './onIntakeMessage.js';
import { intakeChannel } from './intakeChannel.js';

/**
 * `thread.created`: a member's new post in an intake forum becomes an item of the forum's
 * type, the post its thread (the card, with the buttons, and the auto-response are posted in
 * it). The post's title is the item's title; its text arrives with the starter message
 * (`onIntakeMessage`). Posts by bots are left alone.
 * @param event - the new thread
 * @param ctx - module context
 */
export async function onIntakeThread(event: DomainEventOf<'thread.created'>, ctx: FeedbackContext): Promise<void> {
  const { threadId, parentId, ownerId, name } = event.payload;
  if (ownerId === null) return;
  const intake = await intakeChannel(ctx, event.guildId, parentId, 'forum');
  if (intake === null) return;
  const owner = await ctx.members.get(event.guildId, ownerId);
  if (owner?.bot === true) return;
  await createItem(ctx, {
    guildId: event.guildId,
    id: threadId,
    type: intake.type,
    title: titleOf(name) || 'Untitled post',
    body: '',
    authorId: ownerId,
    source: 'forum',
    at: event.occurredAt,
    placement: { kind: 'in-thread', channelId: intake.channel.id, threadId },
  });
}
