import type { SandboxDirectMessage, SandboxMessage } from '../api/sandboxApi.js';
import type { ChatMessage } from './MessageList.js';
import type { SandboxPoll } from './pollsApi.js';
import type { SandboxNames } from './SandboxNames.js';

/** Id used for the bot's avatar on direct messages (DMs carry no author). */
const BOT_AUTHOR_ID = 'guildhall-bot';

/**
 * Channel messages as the chat shows them, oldest first: the member's current display name
 * when known, else the username stored with the message.
 * @param messages - from the sandbox API (newest first), with their native polls
 * @param names - current members
 */
export function channelChat(
  messages: readonly (SandboxMessage & { poll?: SandboxPoll | null })[],
  names: SandboxNames,
): ChatMessage[] {
  return [...messages].reverse().map((m) => {
    const author = names.user(m.authorId);
    return {
      id: m.id,
      authorId: m.authorId,
      authorName: author.known ? author.name : m.authorUsername,
      authorBot: m.authorBot,
      content: m.content,
      embeds: m.embeds,
      components: m.components,
      createdAt: m.createdAt,
      reactions: m.reactions,
      poll: m.poll ?? null,
    };
  });
}

/**
 * Direct messages as the chat shows them, oldest first: always from the Guildhall bot.
 * @param messages - from the sandbox API (newest first)
 */
export function directChat(messages: readonly SandboxDirectMessage[]): ChatMessage[] {
  return [...messages].reverse().map((m) => ({
    id: m.id,
    authorId: BOT_AUTHOR_ID,
    authorName: 'Guildhall',
    authorBot: true,
    content: m.content,
    embeds: m.embeds,
    components: m.components,
    createdAt: m.createdAt,
  }));
}
