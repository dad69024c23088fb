/**
 * The link that jumps to a message (Discord's client opens it in place).
 * @param guildId - the guild
 * @param channelId - the channel or thread the message is in
 * @param messageId - the message
 * @see https://discord.com/developers/docs/reference#message-formatting
 */
export function messageLink(guildId: string, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId}/${channelId}/${messageId}`;
}

const LINK = /^<?https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/channels\/(\d+|@me)\/(\d+)\/(\d+)>?$/i;

/** A message a member pointed at: its id, and its channel when they gave a link. */
export interface MessagePointer {
  messageId: string;
  /** Null when only an id was given. */
  channelId: string | null;
}

/**
 * Reads a message link (`https://discord.com/channels/<guild>/<channel>/<message>`) or a bare
 * message id, as members paste them.
 * @param text - what the member gave
 * @returns null when it is neither
 */
export function parseMessagePointer(text: string): MessagePointer | null {
  const trimmed = text.trim();
  if (/^\d{1,25}$/.test(trimmed)) return { messageId: trimmed, channelId: null };
  const match = LINK.exec(trimmed);
  if (match?.[2] === undefined || match[3] === undefined) return null;
  return { messageId: match[3], channelId: match[2] };
}
