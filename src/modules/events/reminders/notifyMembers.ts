import type { EventsContext } from '../EventsContext.js';
import { announceChannel } from '../rsvp/announceChannel.js';
import { EventMembers } from '../store/EventMembers.js';
import { sendMemberNotice, type MemberNotice, type NoticeReach } from '../../../platform/sendMemberNotice.js';

/** What to tell members, and the key that makes sending it again harmless. */
export type Notice = MemberNotice;

export type { NoticeReach };

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
  const byDm = await new EventMembers(ctx.db).withDmReminders(guildId, userIds);
  return sendMemberNotice(ctx.platform, guildId, channelId, userIds, byDm, notice);
}
