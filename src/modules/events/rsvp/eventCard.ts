import { EMBED_LIMITS } from '../../../platform/discordLimits.js';
import { truncateText } from '../../../platform/fitMessage.js';
import type { ActionRow, Embed, EmbedField } from '../../../platform/Platform.js';
import { EVENT_TYPE_LABELS } from '../config/EventTypes.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';
import type { RsvpCounts } from '../store/Rsvps.js';
import { REMIND_DM_CUSTOM_ID } from '../reminders/remindDmCustomId.js';
import { rsvpCustomId } from './rsvpCustomIds.js';
import { eventPlace, eventWhen } from './eventWords.js';

/** Blurple, Discord's own accent. */
const CARD_COLOR = 0x5865f2;

/**
 * How many places are left, or that the event is full and how many wait.
 * @param capacity - the event's places (null: no limit)
 * @param counts - the RSVPs so far
 */
export function placesText(capacity: number | null, counts: RsvpCounts): string {
  if (capacity === null) return `No limit · ${counts.going} going`;
  const left = Math.max(capacity - counts.going, 0);
  if (left > 0) return `${left} of ${capacity} left`;
  return `Full (${capacity}) · ${counts.waitlisted} on the waitlist`;
}

/**
 * The announcement's embed: title, type, when (Discord timestamps, shown in each member's
 * time zone), where, host, places, description; each part cut to Discord's embed limits.
 * @param event - the event
 * @param counts - the RSVPs so far (for the places line)
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function eventCard(event: CommunityEvent, counts: RsvpCounts): Embed {
  const fields: EmbedField[] = [
    { name: 'Type', value: EVENT_TYPE_LABELS[event.type], inline: true },
    { name: 'When', value: eventWhen(event), inline: true },
  ];
  const place = eventPlace(event);
  if (place !== null) fields.push({ name: 'Where', value: truncateText(place, EMBED_LIMITS.fieldValue), inline: true });
  if (event.host_id !== null) fields.push({ name: 'Host', value: `<@${event.host_id}>`, inline: true });
  fields.push({ name: 'Places', value: placesText(event.capacity, counts), inline: true });
  const embed: Embed = { title: truncateText(event.title, EMBED_LIMITS.title), color: CARD_COLOR, fields };
  if (event.description !== null && event.description !== '') {
    embed.description = truncateText(event.description, EMBED_LIMITS.description);
  }
  return embed;
}

/**
 * The buttons under an announcement: Going, Maybe, Not going and "Remind me by DM".
 * @param event - the event
 */
export function eventButtons(event: Pick<CommunityEvent, 'id'>): ActionRow[] {
  return [
    {
      components: [
        { kind: 'button', customId: rsvpCustomId('going', event.id), label: 'Going', style: 'success' },
        { kind: 'button', customId: rsvpCustomId('maybe', event.id), label: 'Maybe', style: 'primary' },
        { kind: 'button', customId: rsvpCustomId('not_going', event.id), label: 'Not going', style: 'secondary' },
        { kind: 'button', customId: REMIND_DM_CUSTOM_ID, label: 'Remind me by DM', style: 'secondary' },
      ],
    },
  ];
}
