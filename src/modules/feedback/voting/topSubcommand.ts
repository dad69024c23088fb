import { MESSAGE_CONTENT_LIMIT } from '../../../platform/discordLimits.js';
import { truncateText } from '../../../platform/fitMessage.js';
import type { FeedbackSubcommand } from '../commands/FeedbackSubcommand.js';
import { FEEDBACK_STATUS_LABELS, FEEDBACK_TYPE_LABELS, FEEDBACK_TYPES } from '../config/FeedbackTypes.js';
import { stringOption } from '../lifecycle/commandOptions.js';
import { itemLink } from '../lifecycle/itemPlace.js';
import type { FeedbackItem } from '../store/FeedbackItems.js';
import { rankOpenItems } from './rankOpenItems.js';

/** Most items `/feedback top` lists (fewer when 2000 characters fill first). */
export const TOP_LIMIT = 15;

/**
 * `/feedback top [type]`: open items of the voted types (`feedback.voting.types`) ranked by
 * 👍 minus 👎, then age, each with its status; private, within Discord's 2000 characters.
 */
export const topSubcommand: FeedbackSubcommand = async (interaction, ctx) => {
  const asked = stringOption(interaction, 'type');
  const type = FEEDBACK_TYPES.find((t) => t === asked);
  const voted = ctx.config.voting.types;
  if (type !== undefined && !voted.includes(type)) {
    return { content: `${FEEDBACK_TYPE_LABELS[type]}s take no votes here.`, ephemeral: true };
  }
  const items = await rankOpenItems(ctx, interaction.guildId, type === undefined ? voted : [type], TOP_LIMIT);
  if (items.length === 0) return { content: 'No open items to vote on yet.', ephemeral: true };
  return { content: topList(items), ephemeral: true };
};

function topList(items: readonly FeedbackItem[]): string {
  let content = '**Top open feedback** (👍 minus 👎):';
  for (const [index, item] of items.entries()) {
    const link = itemLink(item);
    const title = truncateText(item.title, 80);
    const name = link === null ? `#${item.number} ${title}` : `[#${item.number} ${title}](<${link}>)`;
    const line = `\n${index + 1}. ${name} · 👍 ${item.up_votes} 👎 ${item.down_votes} · ${FEEDBACK_STATUS_LABELS[item.status]}`;
    if (content.length + line.length > MESSAGE_CONTENT_LIMIT) break;
    content += line;
  }
  return content;
}
