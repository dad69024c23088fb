import type { EventsContext } from '../EventsContext.js';
import { announceChannel } from '../rsvp/announceChannel.js';
import { EventMembers } from '../store/EventMembers.js';
import { mentionMessages } from './mentionMessages.js';

/** What to tell members, and the key that makes sending it again harmless. */
export interface Notice {
  /** The channel message's text, before the mentions. */
  channelText: string;
  /** The DM's text (no mentions: it is theirs alone). */
  dmText: string;
  /** Stable per cause: every message's nonce is made from it. */
  nonce: string;
}

/** How many members a notice reached, and how many of them by DM too. */
export interface NoticeReach {
  mentioned: number;
  dms: number;
}

/**
 * Tells members something: one message in `events.announceChannel` mentioning them all
 * (split under 2000 characters, pinging only them), plus a DM to those who asked for
 * reminders by DM (`events_members.dm_reminders`; never to anyone else, as Discord's
 * Developer Policy requires). A DM that cannot be delivered (closed DMs) has no separate
 * fallback: the member is already mentioned in the channel. Queued in the outbox with the
 * caller's unit of work.
 * @param ctx - module context
 * @param guildId - the guild
 * @param userIds - the members, in order
 * @param notice - the texts and the nonce
 * @see https://discord.com/developers/docs/policies-and-agreements/developer-policy
 */
export async function notifyMembers(
  ctx: EventsContext,
  guildId: string,
  userIds: readonly string[],
  notice: Notice,
): Promise<NoticeReach> {
  if (userIds.length === 0) return { mentioned: 0, dms: 0 };
  const channelId = await announceChannel(ctx, guildId);
  if (channelId !== null) {
    const messages = mentionMessages(notice.channelText, userIds);
    for (const [index, message] of messages.entries()) {
      await ctx.platform.sendMessage(channelId, {
        content: message.content,
        allowedUserMentions: message.userIds,
        nonce: `${notice.nonce}:${index}`,
      });
    }
  }
  const byDm = await new EventMembers(ctx.db).withDmReminders(guildId, userIds);
  for (const userId of userIds) {
    if (!byDm.has(userId)) continue;
    await ctx.platform.sendDirectMessage(
      guildId,
      userId,
      { content: notice.dmText, nonce: `${notice.nonce}:dm:${userId}` },
      null,
    );
  }
  return { mentioned: channelId === null ? 0 : userIds.length, dms: byDm.size };
}
