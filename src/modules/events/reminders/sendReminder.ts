import type { EventsContext } from '../EventsContext.js';
import { eventPlace, eventWhen, quoted } from '../rsvp/eventWords.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { Rsvps } from '../store/Rsvps.js';
import { notifyMembers } from './notifyMembers.js';

/**
 * Reminds the members going to `event` (`before` ms before its start; 0 = it starts now):
 * one message in the announce channel mentioning them (split under 2000 characters, pinging
 * only them), plus a DM to those who asked for reminders by DM; emits
 * `events.reminder_sent`. Nobody going: nothing is posted (the event is still emitted with
 * 0 recipients). The nonces hold the event, its start and `before`, so a job run twice
 * posts once.
 * @param ctx - module context
 * @param event - the event, current
 * @param before - ms before the start
 */
export async function sendReminder(ctx: EventsContext, event: CommunityEvent, before: number): Promise<void> {
  const { guild_id: guildId, id: eventId } = event;
  const going = await new Rsvps(ctx.db).going(guildId, eventId);
  const text = reminderText(event, before);
  const reach = await notifyMembers(ctx, guildId, going, {
    channelText: text,
    dmText: text,
    nonce: `events:remind:${eventId}:${event.start_at}:${before}`,
  });
  await ctx.emit(
    'events.reminder_sent',
    { eventId, before, recipients: going.length, dms: reach.dms },
    { guildId, key: `${eventId}:${event.start_at}:${before}` },
  );
}

/** "Reminder: … starts in 1 hour (…) in #stage", or "… starts now". */
function reminderText(event: CommunityEvent, before: number): string {
  const place = eventPlace(event);
  const where = place === null ? '' : ` Where: ${place}.`;
  if (before === 0) return `${quoted(event)} starts now!${where}`;
  return `Reminder: ${quoted(event)} starts ${eventWhen(event)}.${where}`;
}
