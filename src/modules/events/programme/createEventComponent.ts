import type { ComponentHandler } from '../../../core/defineModule.js';
import { isEventStaff } from '../commands/isEventStaff.js';
import type { EventsContext } from '../EventsContext.js';
import { CREATE_FORM_PREFIX, parseCreateFormCustomId } from './createEventForm.js';
import { createEventFromForm } from './staffEventActions.js';

/**
 * The `/event create` form's submission (`events:create:<type>:<channel>:<capacity>`):
 * checks staff again, then creates the event (`createEventFromForm`); answers privately.
 */
export const createEventComponent: ComponentHandler<EventsContext> = {
  customIdPrefix: CREATE_FORM_PREFIX,
  async handle(interaction, ctx) {
    const { payload, guildId } = interaction;
    if (interaction.type !== 'interaction.modal') return { content: 'Use /event create.', ephemeral: true };
    if (!(await isEventStaff(ctx, guildId, payload))) {
      return { content: 'Only staff with Manage Events can create events.', ephemeral: true };
    }
    const args = parseCreateFormCustomId(interaction.payload.customId);
    if (args === null) return { content: 'This form is out of date: run /event create again.', ephemeral: true };
    const content = await createEventFromForm(ctx, guildId, payload, args, interaction.payload.fields);
    return { content, ephemeral: true };
  },
};
