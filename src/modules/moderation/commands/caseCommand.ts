import type { CommandHandler } from '../../../core/defineModule.js';
import { caseEmbed } from '../cases/caseEmbed.js';
import { findCase } from '../cases/findCase.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { hasAuthority } from '../permissions/authority.js';
import { integerOption } from './options.js';
import { privately } from './reply.js';

/** `/case number`: one case in full (moderators; a member may look up their own). */
export const caseCommand: CommandHandler<ModerationContext> = {
  definition: {
    name: 'case',
    description: 'Show a moderation case',
    options: [{ name: 'number', description: 'The case number', type: 'integer', required: true }],
  },
  async handle(interaction, ctx) {
    const number = integerOption(interaction, 'number');
    const c = number === null ? null : await findCase(ctx.db, interaction.guildId, number);
    const places = await moderationPlaces(ctx, interaction.guildId);
    const own = c !== null && c.userId === interaction.payload.userId;
    if (c === null || (!own && !hasAuthority(places, interaction.payload, 'moderator'))) {
      return privately(`There is no case #${number ?? '?'} you can see.`);
    }
    return { embeds: [caseEmbed(c)], ephemeral: true };
  },
};
