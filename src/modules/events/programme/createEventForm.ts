import { MODAL_LIMITS } from '../../../platform/modalLimits.js';
import type { ModalSpec } from '../../../platform/Platform.js';
import { EVENT_TYPE_LABELS, EVENT_TYPES, type EventType } from '../config/EventTypes.js';

/** Prefix of the `/event create` form's custom id: `events:create:<type>:<channel id|->:<capacity|->`. */
export const CREATE_FORM_PREFIX = 'events:create:';

/** What `/event create` chose before the form: type, voice or stage channel, capacity. */
export interface CreateFormArgs {
  type: EventType;
  channelId: string | null;
  capacity: number | null;
}

/** The form's text inputs, by custom id. */
export const CREATE_FORM_FIELDS = {
  title: 'title',
  description: 'description',
  start: 'start',
  duration: 'duration',
  location: 'location',
} as const;

/**
 * The custom id carrying the command's choices to the form's submission.
 * @param args - type, channel, capacity
 */
export function createFormCustomId(args: CreateFormArgs): string {
  return `${CREATE_FORM_PREFIX}${args.type}:${args.channelId ?? '-'}:${args.capacity ?? '-'}`;
}

/**
 * The choices back from a submitted form's custom id, or null when it is not one.
 * @param customId - the modal's custom id
 */
export function parseCreateFormCustomId(customId: string): CreateFormArgs | null {
  if (!customId.startsWith(CREATE_FORM_PREFIX)) return null;
  const [type = '', channel = '', capacity = ''] = customId.slice(CREATE_FORM_PREFIX.length).split(':');
  const known = EVENT_TYPES.find((t) => t === type);
  if (known === undefined || channel === '' || capacity === '') return null;
  const places = capacity === '-' ? null : Number(capacity);
  if (places !== null && (!Number.isInteger(places) || places < 1)) return null;
  if (channel !== '-' && !/^\d+$/.test(channel)) return null;
  return { type: known, channelId: channel === '-' ? null : channel, capacity: places };
}

/**
 * The `/event create` form (5 inputs, Discord's most): title, description, start in
 * `events.timezone`, duration and (for an event outside Discord) location.
 * @param args - the command's choices
 * @param timeZone - `events.timezone`, shown in the start's label
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 */
export function createEventForm(args: CreateFormArgs, timeZone: string): ModalSpec {
  const long = `Start (YYYY-MM-DD HH:mm, ${timeZone})`;
  return {
    customId: createFormCustomId(args),
    title: `New ${EVENT_TYPE_LABELS[args.type].toLowerCase()}`,
    inputs: [
      { customId: CREATE_FORM_FIELDS.title, label: 'Title', style: 'short', minLength: 1, maxLength: 100 },
      {
        customId: CREATE_FORM_FIELDS.description,
        label: 'Description',
        style: 'paragraph',
        required: false,
        maxLength: 1000,
      },
      {
        customId: CREATE_FORM_FIELDS.start,
        label: long.length <= MODAL_LIMITS.label ? long : `Start (${timeZone.slice(0, MODAL_LIMITS.label - 8)})`,
        style: 'short',
        minLength: 10,
        maxLength: 20,
        placeholder: '2027-01-04 18:00',
      },
      {
        customId: CREATE_FORM_FIELDS.duration,
        label: 'Duration (30m, 1h, 90m)',
        style: 'short',
        minLength: 2,
        maxLength: 8,
        placeholder: '1h',
      },
      {
        customId: CREATE_FORM_FIELDS.location,
        label: args.channelId === null ? 'Location (a URL or a place)' : 'Location (unused: the channel is the place)',
        style: 'short',
        required: args.channelId === null,
        maxLength: 100,
      },
    ],
  };
}
