import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { EventsContext } from '../EventsContext.js';
import { CommunityEvents } from '../store/CommunityEvents.js';
import { Rsvps } from '../store/Rsvps.js';
import { changeRsvp } from './changeRsvp.js';
import { rsvpRefusal } from './rsvpRefusal.js';

/**
 * A member marked one of our Discord scheduled events "interested": they count as going
 * (`via: 'discord'`; with a capacity, waitlisted when full), unless they already said going
 * or are on the waitlist with the buttons, which only records the interest. After the
 * sign-up cut-off only the interest is recorded (Discord cannot refuse it). Delivered twice,
 * the second changes nothing.
 * @param event - `scheduled_event.user_added`
 * @param ctx - module context
 * @see https://discord.com/developers/docs/events/gateway-events#guild-scheduled-event-user-add
 */
export async function interestAdded(
  event: DomainEventOf<'scheduled_event.user_added'>,
  ctx: EventsContext,
): Promise<void> {
  const { guildId } = event;
  const { scheduledEventId, userId } = event.payload;
  const row = await new CommunityEvents(ctx.db).getByPlatformId(guildId, scheduledEventId);
  if (row === undefined) return;
  const rsvps = new Rsvps(ctx.db);
  const rsvp = await rsvps.get(guildId, row.id, userId);
  if (rsvp?.interested === 1) return;
  const now = ctx.clock.now();
  const alreadyComing = rsvp?.status === 'going' || rsvp?.status === 'waitlisted';
  if (alreadyComing || rsvpRefusal(row, now, ctx.config.rsvpCutoff) !== null) {
    await rsvps.setInterested(guildId, row.id, userId, true, now);
    return;
  }
  await changeRsvp(ctx, row, { userId, choice: 'going', via: 'discord', interested: true, key: event.id });
}
