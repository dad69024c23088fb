import type { CommandHandler } from '../../../core/defineModule.js';
import { calendarSubcommand } from '../calendar/calendarSubcommand.js';
import { listSubcommand } from '../calendar/listSubcommand.js';
import type { EventsContext } from '../EventsContext.js';
import { remindersSubcommand } from '../reminders/remindersSubcommand.js';

/**
 * `/events`, for every member: `list` (the next events and your RSVPs), `reminders dm:<bool>`
 * (reminders by DM: asking here is the member's own request, as Discord's Developer Policy
 * wants), `calendar [revoke]` (your secret iCalendar feed). Staff commands are `/event`.
 * Every answer is ephemeral and quick (a few reads and writes).
 */
export const eventsCommand: CommandHandler<EventsContext> = {
  definition: {
    name: 'events',
    description: 'Upcoming events, your reminders and your calendar feed',
    options: [
      { type: 'subcommand', name: 'list', description: 'The next events and your RSVPs' },
      {
        type: 'subcommand',
        name: 'reminders',
        description: 'Get event reminders by DM, or in the events channel only',
        options: [{ name: 'dm', description: 'True: by DM too; false: channel only', type: 'boolean', required: true }],
      },
      {
        type: 'subcommand',
        name: 'calendar',
        description: 'Your private calendar feed of the events you RSVPd to',
        options: [{ name: 'revoke', description: 'True: stop the old link (and get a new one)', type: 'boolean' }],
      },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'list':
        return listSubcommand(interaction, ctx);
      case 'reminders':
        return remindersSubcommand(interaction, ctx);
      case 'calendar':
        return calendarSubcommand(interaction, ctx);
      case null:
      default:
        return { content: 'Choose /events list, /events reminders or /events calendar.', ephemeral: true };
    }
  },
};
