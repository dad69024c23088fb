import type { EmojiRef } from '../../core/DomainEvent.js';
import { UserError } from '../../core/errors.js';

/**
 * The users (`<@id>`, `<@!id>`) and roles (`<@&id>`) a message mentions, each once, in order.
 * @param content - message text
 */
export function parseMentions(content: string): { userIds: string[]; roleIds: string[] } {
  const userIds = new Set<string>();
  const roleIds = new Set<string>();
  for (const match of content.matchAll(/<@([!&]?)(\d+)>/g)) {
    const [, sigil, id = ''] = match;
    (sigil === '&' ? roleIds : userIds).add(id);
  }
  return { userIds: [...userIds], roleIds: [...roleIds] };
}

/**
 * Reads an emoji as a member types it: unicode (`👍`), or custom as `<:name:id>`,
 * `<a:name:id>` or `name:id`.
 * @throws UserError for an empty or over-long emoji
 */
export function parseEmoji(text: string): EmojiRef {
  const trimmed = text.trim();
  const custom = /^<?a?:?([\w~]{2,32}):(\d{1,20})>?$/.exec(trimmed);
  if (custom !== null) return { id: custom[2] ?? null, name: custom[1] ?? '' };
  if (trimmed.length === 0 || trimmed.length > 64) throw new UserError(`"${text}" is not an emoji`);
  return { id: null, name: trimmed };
}
