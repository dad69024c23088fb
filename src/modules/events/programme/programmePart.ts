import { eventCommand } from '../commands/eventCommand.js';
import type { EventsPart } from '../EventsPart.js';
import { createEventComponent } from './createEventComponent.js';
import {
  onScheduledEventCreated,
  onScheduledEventDeleted,
  onScheduledEventUpdated,
  takeInDiscordEventJob,
} from './discordEventHandlers.js';
import { hasProgramme, scheduleStartSync, syncProgrammeJob } from './syncProgrammeJob.js';

/**
 * The events module's part for the weekly programme and one-off events: occurrences from
 * community.yaml synced hourly with Discord's scheduled events (`syncProgrammeJob`, scheduled
 * only when the file declares a programme or one-off), events staff make on Discord taken in,
 * and `/event` (staff) with its create form.
 */
export const programmePart: EventsPart = {
  on: {
    'scheduled_event.created': onScheduledEventCreated,
    'scheduled_event.updated': onScheduledEventUpdated,
    'scheduled_event.deleted': onScheduledEventDeleted,
  },
  components: [createEventComponent],
  commands: [eventCommand],
  jobs: [syncProgrammeJob, takeInDiscordEventJob],
  async start(ctx, guildId) {
    if (hasProgramme(ctx)) await scheduleStartSync(ctx, guildId);
  },
};
