import type { ComponentHandler } from '../../../../core/defineModule.js';
import { isModuleStaff } from '../../../../core/staffMembers.js';
import type { CrosspostContext } from '../../CrosspostContext.js';
import { announcementChannel } from '../posts/announcementChannel.js';
import { parseDraft } from '../posts/parseDraft.js';
import { cancelDraft, createDraft } from '../posts/postStore.js';
import { previewPost } from '../posts/previewPost.js';
import { publishPost } from '../posts/publishPost.js';
import { ANNOUNCE_IDS, ANNOUNCE_INPUTS } from './announceIds.js';
import { previewReply } from './previewReply.js';

const refuse = (content: string) => ({ content, ephemeral: true });

/**
 * Where publishing sends an announcement, in words: the Discord channel and the webhooks.
 * @param ctx - module context
 * @param guildId - the guild
 */
export async function destinations(ctx: CrosspostContext, guildId: string): Promise<string> {
  const channelId = await announcementChannel(ctx, guildId);
  const hooks = ctx.config.announcements.targets.filter((t) => t.enabled).length;
  const parts = [
    ...(channelId === null ? [] : [`<#${channelId}>`]),
    ...(hooks > 0 ? [`${hooks} outgoing webhook(s)`] : []),
  ];
  return parts.length === 0 ? 'nowhere yet (no channel or webhook is configured)' : parts.join(' and ');
}

/** The `/announce` form, submitted: stores the draft (keyed by the interaction) and answers with its preview. */
export const composeFormHandler: ComponentHandler<CrosspostContext> = {
  customIdPrefix: ANNOUNCE_IDS.form,
  async handle(interaction, ctx) {
    if (interaction.type !== 'interaction.modal') return refuse('Use /announce to write an announcement.');
    if (!(await isModuleStaff(ctx, interaction.guildId, interaction.payload)))
      return refuse('Only announcement staff can announce.');
    const { fields, interactionId, userId } = interaction.payload;
    const draft = parseDraft({
      title: fields[ANNOUNCE_INPUTS.title] ?? '',
      text: fields[ANNOUNCE_INPUTS.text] ?? '',
      link: fields[ANNOUNCE_INPUTS.link] ?? '',
      hashtags: fields[ANNOUNCE_INPUTS.hashtags] ?? '',
    });
    if ('error' in draft) return refuse(`${draft.error} Nothing was saved: use /announce again.`);
    const post = await createDraft(ctx, interaction.guildId, {
      id: interactionId,
      authorId: userId,
      draft,
      at: interaction.occurredAt,
    });
    return previewReply(post.id, previewPost(ctx, draft), await destinations(ctx, interaction.guildId));
  },
};

/** Publish on a preview: publishes the draft (staff only; once). */
export const publishButtonHandler: ComponentHandler<CrosspostContext> = {
  customIdPrefix: ANNOUNCE_IDS.publish,
  async handle(interaction, ctx) {
    if (!(await isModuleStaff(ctx, interaction.guildId, interaction.payload)))
      return refuse('Only announcement staff can publish.');
    const postId = interaction.payload.customId.slice(ANNOUNCE_IDS.publish.length);
    const outcome = await publishPost(ctx, interaction.guildId, postId, interaction.occurredAt);
    if (outcome.status !== 'published') {
      return refuse(
        outcome.status === 'not_found'
          ? 'This draft no longer exists.'
          : 'This announcement was already published or cancelled.',
      );
    }
    const where = [
      ...(outcome.discordChannelId === null ? [] : [`posted in <#${outcome.discordChannelId}>`]),
      ...(outcome.targets.length === 0 ? [] : [`queued for ${outcome.targets.join(', ')}`]),
    ];
    return refuse(`Published: ${where.length === 0 ? 'nothing is configured to receive it' : where.join('; ')}.`);
  },
};

/** Cancel on a preview: the draft is dropped. */
export const cancelButtonHandler: ComponentHandler<CrosspostContext> = {
  customIdPrefix: ANNOUNCE_IDS.cancel,
  async handle(interaction, ctx) {
    const postId = interaction.payload.customId.slice(ANNOUNCE_IDS.cancel.length);
    const done = await cancelDraft(ctx, interaction.guildId, postId);
    return refuse(done ? 'Cancelled: nothing was published.' : 'This announcement was already published or cancelled.');
  },
};
