import { isModuleStaff } from '../../../../core/staffMembers.js';
import type { CommandHandler } from '../../../../core/defineModule.js';
import type { CrosspostContext } from '../../CrosspostContext.js';
import { DRAFT_LIMITS } from '../posts/postStore.js';
import { ANNOUNCE_IDS, ANNOUNCE_INPUTS } from './announceIds.js';

/**
 * `/announce`, for crosspost staff: opens the compose form (title, text, link, hashtags); its
 * submission answers with a private preview per platform and Publish / Cancel.
 */
export const announceCommand: CommandHandler<CrosspostContext> = {
  definition: {
    name: 'announce',
    description: 'Write an announcement once, preview it per platform, publish it everywhere',
    defaultMemberPermissions: ['ManageGuild'],
  },
  async handle(interaction, ctx) {
    if (!(await isModuleStaff(ctx, interaction.guildId, interaction.payload))) {
      return { content: 'Only announcement staff can use /announce.', ephemeral: true };
    }
    return {
      modal: {
        customId: ANNOUNCE_IDS.form,
        title: 'New announcement',
        inputs: [
          {
            customId: ANNOUNCE_INPUTS.title,
            label: 'Title',
            style: 'short',
            required: false,
            maxLength: DRAFT_LIMITS.title,
          },
          {
            customId: ANNOUNCE_INPUTS.text,
            label: 'Text (Discord markdown)',
            style: 'paragraph',
            required: true,
            maxLength: DRAFT_LIMITS.text,
          },
          {
            customId: ANNOUNCE_INPUTS.link,
            label: 'Link',
            style: 'short',
            required: false,
            maxLength: DRAFT_LIMITS.link,
            placeholder: 'https://…',
          },
          {
            customId: ANNOUNCE_INPUTS.hashtags,
            label: 'Hashtags',
            style: 'short',
            required: false,
            maxLength: 300,
            placeholder: 'release opensource',
          },
        ],
      },
    };
  },
};
