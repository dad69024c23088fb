import type { EventsContext } from '../EventsContext.js';
import { notifyMembers } from '../reminders/notifyMembers.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import { eventWhen, quoted } from './eventWords.js';

/**
 * Tells a member they moved from the waitlist to going: a mention in the announce channel,
 * and a DM when they asked for reminders by DM.
 * @param ctx - module context
 * @param event - the event
 * @param userId - the member promoted
 * @param key - the key of the change that freed the place
 */
export async function tellPromoted(
  ctx: EventsContext,
  event: CommunityEvent,
  userId: string,
  key: string,
): Promise<void> {
  const text = `A place opened up: you are now going to ${quoted(event)}, ${eventWhen(event)}.`;
  await notifyMembers(ctx, event.guild_id, [userId], {
    channelText: text,
    dmText: text,
    nonce: `events:promoted:${key}:${userId}`,
  });
}
