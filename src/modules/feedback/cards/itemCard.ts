import { EMBED_LIMITS } from '../../../platform/discordLimits.js';
import { truncateText } from '../../../platform/fitMessage.js';
import type { ActionRow, Embed, EmbedField } from '../../../platform/Platform.js';
import { FEEDBACK_STATUS_LABELS, FEEDBACK_TYPE_LABELS } from '../config/FeedbackTypes.js';
import type { FeedbackConfig } from '../FeedbackConfig.js';
import type { FeedbackItem } from '../store/FeedbackItems.js';
import { FEEDBACK_CUSTOM_IDS, feedbackCustomId } from './feedbackCustomIds.js';

const STATUS_COLORS: Record<FeedbackItem['status'], number> = {
  new: 0x5865f2,
  triaged: 0xfee75c,
  planned: 0xeb459e,
  in_progress: 0xf0b232,
  done: 0x57f287,
  declined: 0x99aab5,
  merged: 0x99aab5,
};

/**
 * An item's card: number and title, type, status, author, votes; its text as the description.
 * @param item - the item
 */
export function itemEmbed(item: FeedbackItem): Embed {
  const fields: EmbedField[] = [
    { name: 'Type', value: FEEDBACK_TYPE_LABELS[item.type], inline: true },
    { name: 'Status', value: FEEDBACK_STATUS_LABELS[item.status], inline: true },
    { name: 'From', value: `<@${item.author_id}>`, inline: true },
  ];
  if (item.up_votes + item.down_votes > 0) {
    fields.push({ name: 'Votes', value: `👍 ${item.up_votes} · 👎 ${item.down_votes}`, inline: true });
  }
  if (item.status_note !== null && item.status_note !== '') {
    fields.push({ name: 'Note', value: truncateText(item.status_note, EMBED_LIMITS.fieldValue) });
  }
  const embed: Embed = {
    title: truncateText(`#${item.number} ${item.title}`, EMBED_LIMITS.title),
    color: STATUS_COLORS[item.status],
    fields,
  };
  if (item.body !== '') embed.description = truncateText(item.body, EMBED_LIMITS.description);
  return embed;
}

/**
 * The buttons under an item's card: 👍 / 👎 (for the types `feedback.voting.types` names, while
 * the item is open) and Follow. None once it is done, declined or merged.
 * @param item - the item
 * @param config - the feedback section
 */
export function itemButtons(item: FeedbackItem, config: FeedbackConfig): ActionRow[] {
  if (item.status === 'done' || item.status === 'declined' || item.status === 'merged') return [];
  const buttons: ActionRow['components'] = [];
  if (config.voting.types.includes(item.type)) {
    buttons.push({
      kind: 'button',
      customId: feedbackCustomId(FEEDBACK_CUSTOM_IDS.up, item.id),
      label: `👍 ${item.up_votes}`,
      style: 'success',
    });
    if (config.voting.downvotes) {
      buttons.push({
        kind: 'button',
        customId: feedbackCustomId(FEEDBACK_CUSTOM_IDS.down, item.id),
        label: `👎 ${item.down_votes}`,
        style: 'secondary',
      });
    }
  }
  buttons.push({
    kind: 'button',
    customId: feedbackCustomId(FEEDBACK_CUSTOM_IDS.follow, item.id),
    label: 'Follow',
    style: 'secondary',
  });
  return [{ components: buttons }];
}
