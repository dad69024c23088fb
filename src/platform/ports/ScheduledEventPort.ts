import type { ScheduledEventPatch, ScheduledEventSnapshot, ScheduledEventSpec } from '../types/ScheduledEvent.js';

/**
 * Discord's guild scheduled events (the Events tab: time, place, "interested" members),
 * checked against Discord's limits (`scheduledEventLimits.ts`) before any write. Called
 * directly, not through the outbox: like the server structure, the events module matches
 * what it wants to what `listScheduledEvents` returns, so a repeated create is found, not
 * duplicated.
 */
export interface ScheduledEventPort {
  /**
   * The guild's scheduled and active events (Discord lists no completed or canceled ones).
   * @param guildId - the guild
   * @see https://discord.com/developers/docs/resources/guild-scheduled-event#list-scheduled-events-for-guild
   */
  listScheduledEvents(guildId: string): Promise<ScheduledEventSnapshot[]>;

  /**
   * Creates a scheduled event.
   * @param guildId - the guild
   * @param spec - the event
   * @param reason - written to the guild's audit log
   * @throws InvalidRequest, before the write, for a spec over Discord's limits, a start in the past or 100 events already scheduled
   * @see https://discord.com/developers/docs/resources/guild-scheduled-event#create-guild-scheduled-event
   */
  createScheduledEvent(guildId: string, spec: ScheduledEventSpec, reason: string): Promise<ScheduledEventSnapshot>;

  /**
   * Changes a scheduled event (time, place, text, status).
   * @param guildId - the guild
   * @param eventId - the event
   * @param patch - the fields to change
   * @param reason - written to the guild's audit log
   * @throws NotFound (`scheduled_event`)
   * @see https://discord.com/developers/docs/resources/guild-scheduled-event#modify-guild-scheduled-event
   */
  editScheduledEvent(
    guildId: string,
    eventId: string,
    patch: ScheduledEventPatch,
    reason: string,
  ): Promise<ScheduledEventSnapshot>;

  /**
   * Deletes a scheduled event.
   * @param guildId - the guild
   * @param eventId - the event
   * @throws NotFound (`scheduled_event`)
   * @see https://discord.com/developers/docs/resources/guild-scheduled-event#delete-guild-scheduled-event
   */
  deleteScheduledEvent(guildId: string, eventId: string): Promise<void>;

  /**
   * The members marked "interested" in an event, all pages.
   * @param guildId - the guild
   * @param eventId - the event
   * @throws NotFound (`scheduled_event`)
   * @see https://discord.com/developers/docs/resources/guild-scheduled-event#get-guild-scheduled-event-users
   */
  listScheduledEventUsers(guildId: string, eventId: string): Promise<string[]>;
}
