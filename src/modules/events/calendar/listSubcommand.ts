import type { MemberSubcommand } from '../commands/memberSubcommand.js';
import { EVENT_TYPE_LABELS } from '../config/EventTypes.js';
import type { RsvpStatus } from '../EventsTables.js';
import { eventPlace } from '../rsvp/eventWords.js';
import { CommunityEvents, type CommunityEvent } from '../store/CommunityEvents.js';
import { Rsvps } from '../store/Rsvps.js';

/** How many events `/events list` shows. */
const LISTED = 10;

/** Discord's limit on a message's content. */
const MAX_CONTENT = 2000;

const ANSWER_WORDS: Record<RsvpStatus, string> = {
  going: 'you are going',
  maybe: 'you said maybe',
  not_going: 'you are not going',
  waitlisted: 'you are on the waitlist',
};

/**
 * One event as a line of `/events list`.
 * @param event - the event
 * @param going - members going
 * @param answer - the member's RSVP, if any
 * @param position - their place on the waitlist, if waitlisted
 */
export function listLine(
  event: CommunityEvent,
  going: number,
  answer: RsvpStatus | null,
  position: number | null,
): string {
  const seconds = Math.floor(event.start_at / 1000);
  const parts = [`**${event.title}** (${EVENT_TYPE_LABELS[event.type]})`, `<t:${seconds}:F>`];
  const place = eventPlace(event);
  if (place !== null) parts.push(place);
  if (event.capacity !== null) {
    const left = Math.max(0, event.capacity - going);
    parts.push(left === 0 ? 'full (waitlist open)' : `${left} of ${event.capacity} places left`);
  }
  if (answer !== null)
    parts.push(
      answer === 'waitlisted' && position !== null ? `${ANSWER_WORDS[answer]} (#${position})` : ANSWER_WORDS[answer],
    );
  return `• ${parts.join(' · ')}`;
}

/**
 * `/events list`: the next 10 events (not over, not cancelled) with their time, place, places
 * left and the member's own RSVP, in one ephemeral message within Discord's 2000 characters.
 */
export const listSubcommand: MemberSubcommand = async (interaction, ctx) => {
  const { guildId } = interaction;
  const { userId } = interaction.payload;
  const events = await new CommunityEvents(ctx.db).upcoming(guildId, ctx.clock.now(), LISTED);
  if (events.length === 0) return { content: 'No events are planned yet.', ephemeral: true };
  const rsvps = new Rsvps(ctx.db);
  const lines = ['**Next events**'];
  for (const event of events) {
    const counts = await rsvps.counts(guildId, event.id);
    const own = await rsvps.get(guildId, event.id, userId);
    const position = own?.status === 'waitlisted' ? await rsvps.waitlistPosition(guildId, event.id, userId) : null;
    lines.push(listLine(event, counts.going, own?.status ?? null, position));
  }
  return { content: fitLines(lines, MAX_CONTENT), ephemeral: true };
};

/**
 * Joins lines, dropping whole lines from the end (with a "…and n more") to stay within `max`.
 * @param lines - the lines, heading first
 * @param max - characters allowed
 */
export function fitLines(lines: readonly string[], max: number): string {
  const kept = [...lines];
  let dropped = 0;
  const text = () => (dropped === 0 ? kept.join('\n') : `${kept.join('\n')}\n…and ${dropped} more`);
  while (text().length > max && kept.length > 1) {
    kept.pop();
    dropped += 1;
  }
  const result = text();
  return result.length <= max ? result : `${result.slice(0, max - 1)}…`;
}
