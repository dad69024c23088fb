import type { ComponentHandler } from '../../../core/defineModule.js';
import type { EventsContext } from '../EventsContext.js';
import { EventMembers } from '../store/EventMembers.js';
import { REMIND_DM_CUSTOM_ID, REMINDERS_PREFIX } from './remindDmCustomId.js';
import { dmReminderAnswer } from './dmReminderAnswer.js';

/**
 * "Remind me by DM" under an announcement: switches the member's reminders by DM on, or off
 * when they were on (the member's own request, as Discord's Developer Policy wants); the
 * ephemeral answer says which.
 * @see https://discord.com/developers/docs/policies-and-agreements/developer-policy
 */
export const remindDmButtonHandler: ComponentHandler<EventsContext> = {
  customIdPrefix: REMINDERS_PREFIX,
  async handle(interaction, ctx) {
    if (interaction.payload.customId !== REMIND_DM_CUSTOM_ID || interaction.type !== 'interaction.button') {
      return { content: 'This button is not valid.', ephemeral: true };
    }
    const { guildId } = interaction;
    const { userId } = interaction.payload;
    const members = new EventMembers(ctx.db);
    const on = !(await members.wantsDmReminders(guildId, userId));
    await members.setDmReminders(guildId, userId, on, ctx.clock.now());
    return { content: dmReminderAnswer(on, true), ephemeral: true };
  },
};
