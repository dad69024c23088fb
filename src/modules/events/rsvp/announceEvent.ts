import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';
import { Rsvps } from '../store/Rsvps.js';
import { announceChannel } from './announceChannel.js';
import { eventButtons, eventCard } from './eventCard.js';
import { quoted } from './eventWords.js';

/**
 * Posts the event's announcement with its RSVP buttons in `events.announceChannel` (once:
 * an event with an announcement gets it edited instead) and stores its message id.
 *
 * The platform cannot edit a message (`MessagingPort` has no edit, and an interaction answer
 * cannot update the message its button is on), so for an event already announced a short
 * "changed" note with the current card and buttons is posted under it instead; the first
 * announcement's id stays stored. The first post is made at once (`platformNow`, idempotent
 * by its nonce) so its real message id can be stored with the event; the note is queued.
 * Nothing is posted (logged) when the server has no such channel.
 * @param ctx - module context
 * @param event - the event as stored
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export async function announceEvent(ctx: EventsContext, event: CommunityEvent): Promise<void> {
  const channelId = await announceChannel(ctx, event.guild_id);
  if (channelId === null) return;
  const counts = await new Rsvps(ctx.db).counts(event.guild_id, event.id);
  // A cancelled or finished event keeps its card but loses its buttons.
  const open = event.status === 'scheduled';
  const message = { embeds: [eventCard(event, counts)], components: open ? eventButtons(event) : [] };
  if (event.announce_message_id === null) {
    const sent = await ctx.platformNow.sendMessage(channelId, {
      ...message,
      nonce: `events:announce:${event.id}`,
    });
    await new CommunityEvents(ctx.db).update(
      event.guild_id,
      event.id,
      { announce_channel_id: sent.channelId, announce_message_id: sent.id },
      ctx.clock.now(),
    );
    return;
  }
  const what = event.status === 'canceled' ? 'was cancelled' : 'changed';
  await ctx.platform.sendMessage(channelId, {
    ...message,
    content: `**${quoted(event)} ${what}**; here it is as it is now.`,
    nonce: `events:announce:${event.id}:${event.sequence}:${event.updated_at}`,
  });
}
