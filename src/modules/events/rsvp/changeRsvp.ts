import type { EventsContext } from '../EventsContext.js';
import type { RsvpStatus } from '../EventsTables.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { Rsvps } from '../store/Rsvps.js';
import { promoteFromWaitlist } from './promoteFromWaitlist.js';
import { refreshAnnouncement } from './refreshAnnouncement.js';
import type { RsvpChoice } from './rsvpCustomIds.js';

/** Who or what changed the RSVP. */
export type RsvpVia = 'button' | 'discord' | 'staff';

/** What a change did: the member's status before and after, their waitlist place. */
export interface RsvpOutcome {
  previous: RsvpStatus | null;
  status: RsvpStatus;
  changed: boolean;
  /** 1 = next to get a place; null when not waitlisted. */
  position: number | null;
}

/** One member's wish for one event, with where it came from. */
export interface RsvpRequest {
  userId: string;
  choice: RsvpChoice;
  via: RsvpVia;
  /** Set the member's Discord interest too (`scheduled_event.user_*`). */
  interested?: boolean;
  /** The emitted events' key: the interaction or gateway event causing the change. */
  key: string;
}

/**
 * Applies a member's RSVP to an open event: "going" takes a place when one is free and nobody
 * waits (no capacity: always), else puts them on the waitlist (keeping their place when they
 * already are); "maybe" and "not going" as they are. A place left free (a member going left)
 * goes to the first on the waitlist, who is told (`promoteFromWaitlist`). Every change emits
 * `events.rsvp_changed` and edits the announcement's places line (`refreshAnnouncement`). The caller checks the sign-up cut-off first.
 * @param ctx - module context
 * @param event - the event (RSVPs open)
 * @param request - who, what, via what, and the key of the cause
 */
export async function changeRsvp(
  ctx: EventsContext,
  event: CommunityEvent,
  request: RsvpRequest,
): Promise<RsvpOutcome> {
  const { guild_id: guildId, id: eventId } = event;
  const { userId, via, key } = request;
  const rsvps = new Rsvps(ctx.db);
  const now = ctx.clock.now();
  const before = await rsvps.get(guildId, eventId, userId);
  const previous = before?.status ?? null;
  const status = await statusFor(rsvps, event, request.choice, previous);
  const interestChanged = request.interested !== undefined && (before?.interested === 1) !== request.interested;
  const changed = status !== previous;
  if (changed || interestChanged) {
    const change = request.interested === undefined ? { status } : { status, interested: request.interested };
    await rsvps.set(guildId, eventId, userId, change, now);
  }
  if (changed) {
    await ctx.emit('events.rsvp_changed', { eventId, userId, status, previous, via }, { guildId, key });
  }
  // A place left free (someone going left, or a place was free while others waited) goes to
  // the first on the waitlist; with no capacity or nobody waiting this does nothing.
  const promoted = await promoteFromWaitlist(ctx, event, { key, via });
  if (changed || promoted.length > 0) await refreshAnnouncement(ctx, event);
  const after = (await rsvps.get(guildId, eventId, userId))?.status ?? status;
  return {
    previous,
    status: after,
    changed: after !== previous,
    position: await rsvps.waitlistPosition(guildId, eventId, userId),
  };
}

/**
 * The status a choice gives: "going" takes a free place only when nobody waits for one
 * (else the member queues behind them, and promotion fills the place in order).
 */
async function statusFor(
  rsvps: Rsvps,
  event: CommunityEvent,
  choice: RsvpChoice,
  previous: RsvpStatus | null,
): Promise<RsvpStatus> {
  if (choice !== 'going') return choice;
  if (previous === 'going' || event.capacity === null) return 'going';
  if (previous === 'waitlisted') return 'waitlisted';
  const { going, waitlisted } = await rsvps.counts(event.guild_id, event.id);
  return going < event.capacity && waitlisted === 0 ? 'going' : 'waitlisted';
}
