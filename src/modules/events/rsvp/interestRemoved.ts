import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents } from '../store/CommunityEvents.js';
import { Rsvps } from '../store/Rsvps.js';
import { changeRsvp } from './changeRsvp.js';
import { rsvpRefusal } from './rsvpRefusal.js';

/**
 * A member took back "interested" on one of our Discord scheduled events: the interest is
 * cleared and, while RSVPs are open, a member going or on the waitlist (which is what the
 * interest made them, or what they said with the buttons) becomes not going, their place
 * going to the waitlist. "Maybe" and "not going" stay. Delivered twice, the second changes
 * nothing.
 * @param event - `scheduled_event.user_removed`
 * @param ctx - module context
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-user-remove
 */
export async function interestRemoved(
  event: DomainEventOf<'scheduled_event.user_removed'>,
  ctx: EventsContext,
): Promise<void> {
  const { guildId } = event;
  const { scheduledEventId, userId } = event.payload;
  const row = await new CommunityEvents(ctx.db).getByPlatformId(guildId, scheduledEventId);
  if (row === undefined) return;
  const rsvps = new Rsvps(ctx.db);
  const rsvp = await rsvps.get(guildId, row.id, userId);
  if (rsvp === undefined || rsvp.interested === 0) return;
  const now = ctx.clock.now();
  const coming = rsvp.status === 'going' || rsvp.status === 'waitlisted';
  if (!coming || rsvpRefusal(row, now, ctx.config.rsvpCutoff) !== null) {
    await rsvps.setInterested(guildId, row.id, userId, false, now);
    return;
  }
  await changeRsvp(ctx, row, { userId, choice: 'not_going', via: 'discord', interested: false, key: event.id });
}
