import type { ChannelSnapshot, GuildSnapshot } from '../../../platform/Platform.js';

const VIEW_CHANNEL = 1n << 10n;
const SEND_MESSAGES = 1n << 11n;
const LOCKABLE_KINDS = new Set(['text', 'announcement', 'forum']);

/**
 * The channels a lockdown changes: the configured names (a category covers its channels),
 * or every text, announcement and forum channel where @everyone may see and post.
 * @param guild - the guild
 * @param names - `moderation.lockdown.channels`
 * @param skip - channel ids never locked (the mod-log and alert channels)
 */
export function lockableChannels(
  guild: GuildSnapshot,
  names: readonly string[],
  skip: ReadonlySet<string>,
): ChannelSnapshot[] {
  const candidates = guild.channels.filter((c) => LOCKABLE_KINDS.has(c.kind) && !skip.has(c.id));
  if (names.length > 0) {
    const named = new Set(
      guild.channels.filter((c) => names.includes(c.name) || names.includes(c.id)).map((c) => c.id),
    );
    return candidates.filter((c) => named.has(c.id) || (c.parentId !== null && named.has(c.parentId)));
  }
  return candidates.filter((c) => {
    const everyone = c.permissionOverwrites.find((o) => o.id === guild.id);
    if (everyone === undefined) return true;
    const deny = BigInt(everyone.deny);
    return (deny & (VIEW_CHANNEL | SEND_MESSAGES)) === 0n;
  });
}

/** The permission bits a read-only lockdown denies @everyone. */
export const LOCKDOWN_DENY =
  SEND_MESSAGES |
  (1n << 38n) /* SEND_MESSAGES_IN_THREADS */ |
  (1n << 35n) /* CREATE_PUBLIC_THREADS */ |
  (1n << 36n); /* CREATE_PRIVATE_THREADS */

/** The permission bit moderators keep in a read-only lockdown. */
export const SEND_MESSAGES_BIT = SEND_MESSAGES;
