import type { CommandHandler } from '../../../core/defineModule.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { InteractionReply, InteractionResponse } from '../../../platform/Platform.js';
import { EVENT_TYPE_LABELS, EVENT_TYPES } from '../config/EventTypes.js';
import type { EventsContext } from '../EventsContext.js';
import { createEventForm } from '../programme/createEventForm.js';
import { cancelEventByStaff, moveEventByStaff } from '../programme/staffEventActions.js';
import { isEventStaff } from './isEventStaff.js';

type CommandInteraction = DomainEventOf<'interaction.command'>;

const privately = (content: string): InteractionReply => ({ content, ephemeral: true });

/**
 * `/event` (staff): `create type:<type> [channel] [capacity]` answers with a form (title,
 * description, start, duration, location) whose submission creates the event
 * (`createEventFromForm`); `cancel event:<id>`; `move event:<id> start:<YYYY-MM-DD HH:mm>`.
 * Discord offers it to members with Manage Events (unless the server's Integrations settings
 * say otherwise); the handler checks staff itself (`isEventStaff`). Answers are ephemeral.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export const eventCommand: CommandHandler<EventsContext> = {
  definition: {
    name: 'event',
    description: 'Staff: create, cancel or move an event',
    defaultMemberPermissions: ['ManageEvents'],
    options: [
      {
        type: 'subcommand',
        name: 'create',
        description: 'Create an event (a form asks for title, start and duration)',
        options: [
          {
            name: 'type',
            description: 'Kind of event',
            type: 'string',
            required: true,
            choices: EVENT_TYPES.map((t) => ({ name: EVENT_TYPE_LABELS[t], value: t })),
          },
          { name: 'channel', description: 'Voice or stage channel (none: a location)', type: 'channel' },
          { name: 'capacity', description: 'Places for "Going" (none: no limit)', type: 'integer' },
        ],
      },
      {
        type: 'subcommand',
        name: 'cancel',
        description: 'Cancel an event (members who RSVPd are told)',
        options: [{ name: 'event', description: 'The event id (see /events list)', type: 'string', required: true }],
      },
      {
        type: 'subcommand',
        name: 'move',
        description: 'Move an event made with /event create or on Discord',
        options: [
          { name: 'event', description: 'The event id (see /events list)', type: 'string', required: true },
          {
            name: 'start',
            description: 'New start, YYYY-MM-DD HH:mm (events time zone)',
            type: 'string',
            required: true,
          },
        ],
      },
    ],
  },
  async handle(interaction, ctx) {
    if (!(await isEventStaff(ctx, interaction.guildId, interaction.payload))) {
      return privately('Only staff with Manage Events can use /event.');
    }
    switch (interaction.payload.subcommand ?? null) {
      case 'create':
        return create(interaction, ctx);
      case 'cancel':
        return privately(
          await cancelEventByStaff(ctx, interaction.guildId, interaction.payload, text(interaction, 'event')),
        );
      case 'move':
        return privately(
          await moveEventByStaff(
            ctx,
            interaction.guildId,
            interaction.payload,
            text(interaction, 'event'),
            text(interaction, 'start'),
          ),
        );
      case null:
      default:
        return privately('Choose /event create, /event cancel or /event move.');
    }
  },
};

async function create(interaction: CommandInteraction, ctx: EventsContext): Promise<InteractionResponse> {
  const { options } = interaction.payload;
  const type = EVENT_TYPES.find((t) => t === options.type);
  if (type === undefined) return privately(`Choose a type: ${EVENT_TYPES.join(', ')}.`);
  const capacity = options.capacity;
  if (capacity !== undefined && (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1)) {
    return privately('Capacity is a whole number of places, 1 or more.');
  }
  const channel = options.channel;
  let channelId: string | null = null;
  if (channel !== undefined) {
    const guild = await ctx.platform.fetchGuild(interaction.guildId);
    const found = guild.channels.find((c) => c.id === String(channel));
    if (found === undefined || (found.kind !== 'voice' && found.kind !== 'stage')) {
      return privately('Events take place in a voice or stage channel: choose one, or none for a location.');
    }
    channelId = found.id;
  }
  return {
    modal: createEventForm(
      { type, channelId, capacity: typeof capacity === 'number' ? capacity : null },
      ctx.config.timezone,
    ),
  };
}

function text(interaction: CommandInteraction, name: string): string {
  const value = interaction.payload.options[name];
  return typeof value === 'string' ? value.trim() : '';
}
