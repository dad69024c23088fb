import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';
import { FEEDBACK_STATUS_LABELS, SETTABLE_STATUSES, type SettableStatus } from '../config/FeedbackTypes.js';
import { FeedbackItems } from '../store/FeedbackItems.js';
import { changeStatus } from './changeStatus.js';
import { intOption, stringOption } from './commandOptions.js';

/**
 * `/feedback-staff status item:<n> status:<s> [note]` (staff checked by the command): moves
 * the item and tells its author and followers. Answers privately.
 */
export const statusSubcommand: FeedbackSubcommand = async (interaction, ctx) => {
  const number = intOption(interaction, 'item');
  const status = SETTABLE_STATUSES.find((s): s is SettableStatus => s === stringOption(interaction, 'status'));
  if (number === null || status === undefined) return privately('Give an item number and a status.');
  const item = await new FeedbackItems(ctx.db).byNumber(interaction.guildId, number);
  if (item === undefined) return privately(`There is no feedback item #${number}.`);
  const result = await changeStatus(
    ctx,
    interaction.guildId,
    item,
    status,
    interaction.payload.userId,
    stringOption(interaction, 'note'),
  );
  if (!result.ok) return privately(result.reason);
  return privately(`#${number} is now ${FEEDBACK_STATUS_LABELS[status]}; its author and followers were told.`);
};

function privately(content: string) {
  return { content, ephemeral: true };
}
