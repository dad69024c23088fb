import { domainEvent, type DomainEvent } from '../src/core/DomainEvent.js';

/** Where a test message is posted and by whom. */
export interface TestMessagePlace {
  guildId: string;
  channelId: string;
  authorId: string;
}

/**
 * The `n`th plain message of a test (`message n`, at 1,000 + n ms), with a stable event id.
 * @param n - its number (message id and time)
 * @param place - guild, channel and author
 */
export function testMessage(n: number, place: TestMessagePlace): DomainEvent {
  return domainEvent('message.created', {
    id: `test:message.created:${place.guildId}:${n}`,
    guildId: place.guildId,
    occurredAt: 1_000 + n,
    source: 'test',
    payload: {
      messageId: String(n),
      channelId: place.channelId,
      authorId: place.authorId,
      authorBot: false,
      content: `message ${n}`,
      mentionedUserIds: [],
      mentionedRoleIds: [],
      referencedMessageId: null,
      attachmentCount: 0,
    },
  });
}
