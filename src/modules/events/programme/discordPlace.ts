import type { GuildSnapshot } from '../../../platform/Platform.js';
import type {
  ScheduledEventEntityType,
  ScheduledEventRecurrence,
  ScheduledEventSpec,
} from '../../../platform/types/ScheduledEvent.js';
import type { CommunityEvent } from '../store/CommunityEvents.js';

/**
 * The id of the guild's voice or stage channel with this name (where events take place and
 * attendance is measured), or null.
 * @param guild - the live guild
 * @param name - the channel name from community.yaml or a command
 */
export function eventChannelId(guild: GuildSnapshot, name: string): string | null {
  return guild.channels.find((c) => c.name === name && (c.kind === 'voice' || c.kind === 'stage'))?.id ?? null;
}

/**
 * The Discord scheduled event for a row: a stage or voice event in its channel, or an
 * external one at its location (with its end, which Discord requires there); null when the
 * row's channel is no voice or stage channel of the guild and it has no location.
 * @param row - the event
 * @param guild - the live guild
 * @param recurrence - Discord's native recurrence for a series created as one event, or null
 * @see https://discord.com/developers/docs/resources/guild-scheduled-event#guild-scheduled-event-object-field-requirements-by-entity-type
 */
export function scheduledEventSpecOf(
  row: CommunityEvent,
  guild: GuildSnapshot,
  recurrence: ScheduledEventRecurrence | null,
): ScheduledEventSpec | null {
  const base = {
    name: row.title,
    description: row.description === '' ? null : row.description,
    startAt: row.start_at,
    endAt: row.end_at,
    recurrence,
  };
  if (row.channel_id !== null) {
    const channel = guild.channels.find((c) => c.id === row.channel_id);
    if (channel?.kind === 'voice' || channel?.kind === 'stage') {
      const entityType: ScheduledEventEntityType = channel.kind;
      return { ...base, entityType, channelId: channel.id, location: null };
    }
  }
  if (row.location === null) return null;
  return { ...base, entityType: 'external', channelId: null, location: row.location };
}
