import type { DceHeader, DceMessage, DceReaction, DceUser } from './DceMessage.js';

// Hand-written readers rather than zod schemas: they run once per message of archives of
// millions of messages (bench/analytics.ts), where a schema's per-object cost shows.

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** A user object; null when it has no id. */
export function readDceUser(value: unknown): DceUser | null {
  if (!isObj(value)) return null;
  const id = str(value.id);
  if (id === null || id === '') return null;
  return {
    id,
    name: str(value.name) ?? id,
    nickname: str(value.nickname),
    isBot: value.isBot === true,
  };
}

function readReaction(value: unknown): DceReaction | null {
  if (!isObj(value) || !isObj(value.emoji)) return null;
  const emojiId = str(value.emoji.id);
  const users = Array.isArray(value.users)
    ? value.users.map(readDceUser).filter((u): u is DceUser => u !== null)
    : null;
  return {
    emojiId: emojiId === '' ? null : emojiId,
    emojiName: str(value.emoji.name) ?? '',
    count: typeof value.count === 'number' ? value.count : (users?.length ?? 0),
    users,
  };
}

/**
 * One message of a DCE JSON export.
 * @param value - the parsed message object
 * @returns the message, or a reason it cannot be read
 */
export function readDceMessage(value: unknown): DceMessage | string {
  if (!isObj(value)) return 'a message is not an object';
  const id = str(value.id);
  if (id === null || !/^\d{1,20}$/.test(id)) return 'a message has no snowflake id';
  const author = readDceUser(value.author);
  if (author === null) return `message ${id} has no author id`;
  const timestampText = str(value.timestamp);
  const timestamp = timestampText === null ? Number.NaN : Date.parse(timestampText);
  if (Number.isNaN(timestamp)) return `message ${id} has no readable timestamp`;
  const reference = isObj(value.reference) ? value.reference : null;
  const forward = reference !== null && reference.type === 'Forward';
  return {
    id,
    type: str(value.type) ?? 'Default',
    timestamp,
    content: str(value.content) ?? '',
    author,
    attachmentCount: Array.isArray(value.attachments) ? value.attachments.length : 0,
    reactions: Array.isArray(value.reactions)
      ? value.reactions.map(readReaction).filter((r): r is DceReaction => r !== null)
      : [],
    mentionedUserIds: Array.isArray(value.mentions)
      ? value.mentions.map((m) => (isObj(m) ? str(m.id) : null)).filter((m): m is string => m !== null)
      : [],
    referencedMessageId: reference === null || forward ? null : str(reference.messageId),
    referencedChannelId: reference === null ? null : str(reference.channelId),
  };
}

/**
 * The guild and channel objects at the top of a DCE JSON export.
 * @param guild - the `guild` value
 * @param channel - the `channel` value
 * @returns the header, or a reason it is not one
 */
export function readDceHeader(guild: unknown, channel: unknown): DceHeader | string {
  if (!isObj(guild) || str(guild.id) === null) return 'its "guild" has no id';
  if (!isObj(channel) || str(channel.id) === null) return 'its "channel" has no id';
  return {
    guildId: str(guild.id) ?? '',
    guildName: str(guild.name) ?? '',
    channelId: str(channel.id) ?? '',
    channelType: str(channel.type) ?? '',
    channelName: str(channel.name) ?? '',
    parentId: str(channel.categoryId),
  };
}
