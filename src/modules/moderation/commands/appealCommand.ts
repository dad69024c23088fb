import type { CommandHandler } from '../../../core/defineModule.js';
import { STATEMENT_LENGTH } from '../appeals/appealButton.js';
import { appealFiledReply } from '../appeals/appealFiledReply.js';
import { fileAppeal } from '../appeals/fileAppeal.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { integerOption, textOption } from './options.js';
import { privately } from './reply.js';

/** `/appeal case statement`: a member appeals a case (a moderator may file for a banned member). */
export const appealCommand: CommandHandler<ModerationContext> = {
  definition: {
    name: 'appeal',
    description: 'Appeal a moderation case against you',
    options: [
      { name: 'case', description: 'The case number (from the message you got)', type: 'integer', required: true },
      { name: 'statement', description: 'What happened, from your side', type: 'string', required: true },
    ],
  },
  async handle(interaction, ctx) {
    const caseId = integerOption(interaction, 'case');
    const statement = textOption(interaction, 'statement');
    if (caseId === null || statement === null) return privately('Give the case number and your statement.');
    const places = await moderationPlaces(ctx, interaction.guildId);
    const filed = await fileAppeal(ctx, places, {
      guildId: interaction.guildId,
      caseId,
      statement: statement.slice(0, STATEMENT_LENGTH.max),
      invoker: interaction.payload,
      channelId: interaction.payload.channelId,
    });
    if (!filed.ok) return privately(filed.reason);
    return privately(appealFiledReply(filed.appeal, ctx.config));
  },
};
