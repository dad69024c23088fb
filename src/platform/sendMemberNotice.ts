import { mentionMessages } from './mentionMessages.js';
import type { Platform } from './Platform.js';

/** What to tell members, and the key that makes sending it again harmless. */
export interface MemberNotice {
  /** The channel message's text, before the mentions. */
  channelText: string;
  /** The DM's text (no mentions: it is theirs alone). */
  dmText: string;
  /** Stable per cause: every message's nonce is made from it. */
  nonce: string;
}

/** How many members a notice reached in the channel, and how many of them by DM too. */
export interface NoticeReach {
  mentioned: number;
  dms: number;
}

/**
 * Tells members something: messages in a channel mentioning them all (split under 2000
 * characters, each pinging exactly the members it names), plus a DM to each member of
 * `byDm` — those who asked for DMs; never anyone else, as Discord's Developer Policy wants. A
 * DM that cannot be delivered has no separate fallback: the member is mentioned in the
 * channel already. Inside a unit of work the platform queues it all in the outbox.
 * @param platform - the module's platform
 * @param guildId - the guild
 * @param channelId - where the mentions go, or null: DMs only
 * @param userIds - the members, in order, each once
 * @param byDm - the members who opted in to DMs
 * @param notice - the texts and the nonce
 * @see https://discord.com/developers/docs/policies-and-agreements/developer-policy
 */
export async function sendMemberNotice(
  platform: Platform,
  guildId: string,
  channelId: string | null,
  userIds: readonly string[],
  byDm: ReadonlySet<string>,
  notice: MemberNotice,
): Promise<NoticeReach> {
  if (channelId !== null) {
    for (const [index, message] of mentionMessages(notice.channelText, userIds).entries()) {
      await platform.sendMessage(channelId, {
        content: message.content,
        allowedUserMentions: message.userIds,
        nonce: `${notice.nonce}:${index}`,
      });
    }
  }
  let dms = 0;
  for (const userId of userIds) {
    if (!byDm.has(userId)) continue;
    await platform.sendDirectMessage(
      guildId,
      userId,
      { content: notice.dmText, nonce: `${notice.nonce}:dm:${userId}` },
      null,
    );
    dms++;
  }
  return { mentioned: channelId === null ? 0 : userIds.length, dms };
}
