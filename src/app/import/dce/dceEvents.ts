import { domainEvent, type DomainEvent } from '../../../core/DomainEvent.js';
import { discordEventIds } from '../../../platform/discordEventIds.js';
import { snowflakeTime } from '../../../platform/snowflakes.js';
import type { DceHeader, DceMessage } from './DceMessage.js';

/** Where a file's messages go: the guild they are recorded in, and what the archive says about threads. */
export interface DceTarget {
  guildId: string;
  /** Thread names and parents from the archive's thread files (by thread id). */
  threads: ReadonlyMap<string, { name: string; parentId: string | null }>;
}

/** What one message became. */
export type DceMapping = { events: DomainEvent[]; reactionsWithoutUsers: number } | { skipped: string };

/** Message types that are members posting (DCE writes a number for a type it has no name for). */
const POSTS = new Set(['Default', 'Reply', '0', '19', '20', '23']);

/** System messages DCE names, kept as facts elsewhere or not at all. */
const SYSTEM = new Set([
  'RecipientAdd',
  'RecipientRemove',
  'Call',
  'ChannelNameChange',
  'ChannelIconChange',
  'ChannelPinnedMessage',
]);

/**
 * The domain events of one exported message, with the ids the live Discord path gives the
 * same facts (`discord:message.created:<id>`, `discord:member.joined:<guild>:<user>:<ms>`,
 * `discord:thread.created:<id>`, `discord:reaction.added:<message>:<user>:<emoji>`; both
 * build them with `discordEventIds`), so an import and the gateway record each fact once.
 * Source `import`.
 * - `Default`, `Reply` (and the numbered types of bot answers to commands) → `message.created`
 *   in the file's channel (a thread is a channel), with author bot flag, reply, mentions,
 *   attachment count and content; reactions with `users` → one `reaction.added` per user.
 * - `GuildMemberJoin` → `member.joined` at the message's time.
 * - `ThreadCreated` → `thread.created` (name and parent from the thread's own file when the
 *   archive has it).
 * - Other system messages (pins, calls, renames, boosts …) are skipped with their type.
 * CSV rows have no id: `import:message.created:<channel>:<author>:<ms>`.
 * @param message - one exported message
 * @param header - its file's header (channel)
 * @param target - the guild and the archive's threads
 * @returns the events, or why the message was skipped, or an unknown type as an error string
 */
export function dceEvents(message: DceMessage, header: DceHeader, target: DceTarget): DceMapping | string {
  const { guildId } = target;
  const at = message.timestamp;
  const base = { guildId, occurredAt: at, source: 'import' } as const;
  if (POSTS.has(message.type)) {
    const id =
      message.id === null
        ? `import:message.created:${header.channelId}:${message.author.id}:${at}`
        : discordEventIds.messageCreated(message.id);
    const messageId = message.id ?? id;
    const events: DomainEvent[] = [
      domainEvent('message.created', {
        id,
        ...base,
        payload: {
          messageId,
          channelId: header.channelId,
          authorId: message.author.id,
          authorBot: message.author.isBot,
          content: message.content,
          mentionedUserIds: message.mentionedUserIds,
          mentionedRoleIds: [],
          referencedMessageId: message.referencedMessageId,
          attachmentCount: message.attachmentCount,
        },
      }),
    ];
    let reactionsWithoutUsers = 0;
    for (const reaction of message.reactions) {
      if (reaction.users === null || message.id === null) {
        reactionsWithoutUsers += reaction.count;
        continue;
      }
      const emoji = { id: reaction.emojiId, name: reaction.emojiName };
      for (const user of reaction.users) {
        events.push(
          domainEvent('reaction.added', {
            id: discordEventIds.reactionAdded(messageId, user.id, emoji),
            ...base,
            payload: {
              messageId,
              channelId: header.channelId,
              userId: user.id,
              emoji,
              messageAuthorId: message.author.id,
            },
          }),
        );
      }
    }
    return { events, reactionsWithoutUsers };
  }
  if (message.type === 'GuildMemberJoin' || message.type === '7') {
    const { author } = message;
    return {
      events: [
        domainEvent('member.joined', {
          id: discordEventIds.memberJoined(guildId, author.id, at),
          ...base,
          payload: {
            userId: author.id,
            username: author.name,
            displayName: author.nickname ?? author.name,
            bot: author.isBot,
            joinedAt: at,
            accountCreatedAt: snowflakeTime(author.id),
            roles: [],
          },
        }),
      ],
      reactionsWithoutUsers: 0,
    };
  }
  if (message.type === 'ThreadCreated' || message.type === '18') {
    const threadId = message.referencedChannelId;
    if (threadId === null) return { skipped: 'ThreadCreated without the thread id' };
    const known = target.threads.get(threadId);
    return {
      events: [
        domainEvent('thread.created', {
          id: discordEventIds.threadCreated(threadId),
          ...base,
          payload: { threadId, parentId: header.channelId, ownerId: message.author.id, name: known?.name ?? '' },
        }),
      ],
      reactionsWithoutUsers: 0,
    };
  }
  if (SYSTEM.has(message.type) || /^\d+$/.test(message.type)) return { skipped: `system message ${message.type}` };
  return `unknown message type "${message.type}"`;
}

/**
 * The `thread.created` a thread's own file stands for (for a thread whose parent channel is
 * not in the archive): owner unknown, time from the thread's snowflake. Same id as the one a
 * `ThreadCreated` message makes, so the first recorded wins.
 * @param header - a thread file's header
 * @param guildId - the target guild
 */
export function threadFileEvent(header: DceHeader, guildId: string): DomainEvent {
  return domainEvent('thread.created', {
    id: discordEventIds.threadCreated(header.channelId),
    guildId,
    occurredAt: snowflakeTime(header.channelId),
    source: 'import',
    payload: { threadId: header.channelId, parentId: header.parentId, ownerId: null, name: header.channelName },
  });
}
