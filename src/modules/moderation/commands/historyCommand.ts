import type { CommandHandler } from '../../../core/defineModule.js';
import { activeStrikes } from '../cases/activeStrikes.js';
import { caseLine } from '../cases/describeCase.js';
import { memberHistory } from '../cases/memberHistory.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { hasAuthority } from '../permissions/authority.js';
import { textOption } from './options.js';
import { privately } from './reply.js';

const SHOWN = 10;

/** `/history [member]`: a member's cases and strikes (moderators; members see their own). */
export const historyCommand: CommandHandler<ModerationContext> = {
  definition: {
    name: 'history',
    description: 'Show a member’s moderation history (or your own)',
    options: [{ name: 'member', description: 'Whose history (default: yours)', type: 'user', required: false }],
  },
  async handle(interaction, ctx) {
    const userId = textOption(interaction, 'member') ?? interaction.payload.userId;
    const self = userId === interaction.payload.userId;
    if (!self) {
      const places = await moderationPlaces(ctx, interaction.guildId);
      if (!hasAuthority(places, interaction.payload, 'moderator')) {
        return privately('Only moderators can see another member’s history; `/history` alone shows yours.');
      }
    }
    const cases = await memberHistory(ctx.db, interaction.guildId, userId, SHOWN);
    const who = self ? 'You have' : `<@${userId}> has`;
    if (cases.length === 0) return privately(`${who} no moderation cases.`);
    const strikes = await activeStrikes(ctx.db, interaction.guildId, userId, ctx.clock.now());
    const header = `${who} ${strikes} active strike${strikes === 1 ? '' : 's'}. Latest cases:`;
    return privately([header, ...cases.map(caseLine)].join('\n'));
  },
};
