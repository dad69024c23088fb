import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';
import { Rsvps } from '../store/Rsvps.js';
import { announceChannel } from './announceChannel.js';
import { announcementMessage, refreshAnnouncement } from './refreshAnnouncement.js';

/**
 * Posts the event's announcement with its RSVP buttons in `events.announceChannel` and stores
 * its message id; for an event already announced, edits that message instead
 * (`refreshAnnouncement`: new time, place, capacity or status, current places), nothing new
 * is posted (members going are told of a move or cancellation by `tellAttendees`).
 *
 * The first post is made at once (`platformNow`, idempotent by its nonce) so its real message
 * id can be stored with the event; the edits are queued. Nothing is posted (logged) when the
 * server has no such channel.
 * @param ctx - module context
 * @param event - the event as stored
 * @see https://discord.com/developers/docs/resources/message#create-message
 * @see https://discord.com/developers/docs/resources/message#edit-message
 */
export async function announceEvent(ctx: EventsContext, event: CommunityEvent): Promise<void> {
  if (event.announce_message_id !== null) {
    await refreshAnnouncement(ctx, event);
    return;
  }
  const channelId = await announceChannel(ctx, event.guild_id);
  if (channelId === null) return;
  const counts = await new Rsvps(ctx.db).counts(event.guild_id, event.id);
  const sent = await ctx.platformNow.sendMessage(channelId, {
    ...announcementMessage(event, counts),
    nonce: `events:announce:${event.id}`,
  });
  await new CommunityEvents(ctx.db).update(
    event.guild_id,
    event.id,
    { announce_channel_id: sent.channelId, announce_message_id: sent.id },
    ctx.clock.now(),
  );
}
