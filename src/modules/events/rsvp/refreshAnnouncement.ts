import type { OutgoingMessage } from '../../../platform/Platform.js';
import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { Rsvps, type RsvpCounts } from '../store/Rsvps.js';
import { eventButtons, eventCard } from './eventCard.js';

/**
 * The announcement as it should look now: the card with the current places line, and the
 * RSVP buttons while the event is scheduled (a cancelled, started or finished event keeps its
 * card but loses its buttons).
 * @param event - the event as stored
 * @param counts - its RSVPs now
 */
export function announcementMessage(event: CommunityEvent, counts: RsvpCounts): OutgoingMessage {
  const open = event.status === 'scheduled';
  return { embeds: [eventCard(event, counts)], components: open ? eventButtons(event) : [] };
}

/**
 * Edits the event's stored announcement to show it as it is now (after an RSVP, a promotion
 * from the waitlist, or a change of the event). Queued in the outbox like any message, so it
 * goes out after the change commits. Does nothing for an event never announced.
 * @param ctx - module context
 * @param event - the event as stored
 * @see https://discord.com/developers/docs/resources/message#edit-message
 */
export async function refreshAnnouncement(ctx: EventsContext, event: CommunityEvent): Promise<void> {
  const { announce_channel_id: channelId, announce_message_id: messageId } = event;
  if (channelId === null || messageId === null) return;
  const counts = await new Rsvps(ctx.db).counts(event.guild_id, event.id);
  await ctx.platform.editMessage(channelId, messageId, announcementMessage(event, counts));
}
