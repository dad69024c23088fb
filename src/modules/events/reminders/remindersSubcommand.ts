import type { MemberSubcommand } from '../commands/memberSubcommand.js';
import { EventMembers } from '../store/EventMembers.js';
import { dmReminderAnswer } from './dmReminderAnswer.js';

/**
 * `/events reminders dm:<true|false>`: the member's own choice of reminders by DM (as well
 * as the mention in the events channel, which everyone going gets). Ephemeral answer.
 * @see https://discord.com/developers/docs/policies-and-agreements/developer-policy
 */
export const remindersSubcommand: MemberSubcommand = async (interaction, ctx) => {
  const dm = interaction.payload.options.dm;
  if (typeof dm !== 'boolean') return { content: 'Say `dm:true` or `dm:false`.', ephemeral: true };
  const { guildId } = interaction;
  const changed = await new EventMembers(ctx.db).setDmReminders(
    guildId,
    interaction.payload.userId,
    dm,
    ctx.clock.now(),
  );
  return { content: dmReminderAnswer(dm, changed), ephemeral: true };
};
