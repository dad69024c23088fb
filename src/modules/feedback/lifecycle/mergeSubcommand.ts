import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';
import { FeedbackItems } from '../store/FeedbackItems.js';
import { intOption } from './commandOptions.js';
import { mergeItems } from './mergeItems.js';

/**
 * `/feedback-staff merge item:<n> into:<n>` (staff checked by the command): merges a
 * duplicate, moving its votes and followers. Answers privately.
 */
export const mergeSubcommand: FeedbackSubcommand = async (interaction, ctx) => {
  const number = intOption(interaction, 'item');
  const intoNumber = intOption(interaction, 'into');
  if (number === null || intoNumber === null) return privately('Give both item numbers.');
  const items = new FeedbackItems(ctx.db);
  const duplicate = await items.byNumber(interaction.guildId, number);
  const into = await items.byNumber(interaction.guildId, intoNumber);
  if (duplicate === undefined) return privately(`There is no feedback item #${number}.`);
  if (into === undefined) return privately(`There is no feedback item #${intoNumber}.`);
  const result = await mergeItems(ctx, interaction.guildId, duplicate, into, interaction.payload.userId);
  if (!result.ok) return privately(result.reason);
  const votes = result.into.up_votes + result.into.down_votes;
  return privately(`#${number} is merged into #${intoNumber} (${votes} ${votes === 1 ? 'vote' : 'votes'} there now).`);
};

function privately(content: string) {
  return { content, ephemeral: true };
}
