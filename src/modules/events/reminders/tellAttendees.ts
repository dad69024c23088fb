import { createHash } from 'node:crypto';
import type { EventsContext } from '../EventsContext.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { Rsvps } from '../store/Rsvps.js';
import { notifyMembers } from './notifyMembers.js';

/**
 * Tells the members who RSVPd going, maybe or waitlisted to `event` something (it moved, it is
 * cancelled): one message in the announcement channel mentioning them, and a DM to those who
 * opted in to DM reminders. Answers how many were told.
 * @param ctx - module context
 * @param event - the event
 * @param text - what to tell them (without mentions)
 */
export async function tellAttendees(ctx: EventsContext, event: CommunityEvent, text: string): Promise<number> {
  const { guild_id: guildId, id: eventId } = event;
  const members = await new Rsvps(ctx.db).withStatus(guildId, eventId, ['going', 'waitlisted', 'maybe']);
  const reach = await notifyMembers(ctx, guildId, members, {
    channelText: text,
    dmText: text,
    // Same event state and text: the same message (a re-run after a crash posts once).
    nonce: `events:tell:${eventId}:${event.sequence}:${createHash('sha256').update(text).digest('base64url').slice(0, 16)}`,
  });
  return reach.mentioned;
}
