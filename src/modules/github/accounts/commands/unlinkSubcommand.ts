import { deletePendingCode, removeLink } from '../linkStore.js';
import { privately, type AccountsSubcommand } from './AccountsSubcommand.js';

/** `/github unlink`: removes the member's link (and any verification in progress). */
export const unlinkSubcommand: AccountsSubcommand = async (interaction, ctx) => {
  const { userId, interactionId } = interaction.payload;
  const guildId = interaction.guildId;
  await deletePendingCode(ctx, guildId, userId);
  const removed = await removeLink(ctx, guildId, userId);
  if (removed === undefined) return privately('You have no linked GitHub account.');
  await ctx.emit('github.account_unlinked', { userId, by: userId }, { key: `unlinked:${interactionId}`, guildId });
  return privately(`Unlinked **${removed.display_login}**: your GitHub activity no longer earns you points.`);
};
