import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { Rsvps } from '../store/Rsvps.js';
import type { RsvpVia } from './changeRsvp.js';
import { tellPromoted } from './tellPromoted.js';

/**
 * Fills the event's free places from its waitlist, first come first served: each member
 * moved becomes going (`events.rsvp_changed` via `waitlist`, `events.waitlist_promoted`, both
 * keyed by the change that freed the place) and is told (`tellPromoted`). Answers the members
 * promoted. Nothing happens without a capacity.
 * @param ctx - module context
 * @param event - the event
 * @param cause - the key (interaction or gateway event id) and `via` of the change that freed a place (`via` is kept for the caller's records; the promotion itself is `waitlist`)
 */
export async function promoteFromWaitlist(
  ctx: EventsContext,
  event: CommunityEvent,
  cause: { key: string; via: RsvpVia },
): Promise<string[]> {
  if (event.capacity === null) return [];
  const { guild_id: guildId, id: eventId } = event;
  const rsvps = new Rsvps(ctx.db);
  const promoted: string[] = [];
  for (;;) {
    const { going } = await rsvps.counts(guildId, eventId);
    if (going >= event.capacity) break;
    const userId = await rsvps.firstWaitlisted(guildId, eventId);
    if (userId === undefined) break;
    await rsvps.set(guildId, eventId, userId, { status: 'going' }, ctx.clock.now());
    const emitOptions = { guildId, key: `${cause.key}:promote:${userId}` };
    await ctx.emit(
      'events.rsvp_changed',
      { eventId, userId, status: 'going', previous: 'waitlisted', via: 'waitlist' },
      emitOptions,
    );
    await ctx.emit('events.waitlist_promoted', { eventId, userId }, emitOptions);
    await tellPromoted(ctx, event, userId, cause.key);
    promoted.push(userId);
  }
  return promoted;
}
