import type { CommandHandler } from '../../../core/defineModule.js';
import { activeStrikes } from '../cases/activeStrikes.js';
import { describeAction } from '../cases/describeCase.js';
import type { ModerationContext } from '../ModerationContext.js';
import { chooseStrikeSanction } from '../sanctions/chooseStrikeSanction.js';
import { takeAction } from '../sanctions/takeAction.js';
import { auditCase } from './auditCase.js';
import { clearModeratorTarget } from './moderatorTarget.js';
import { textOption } from './options.js';
import { privately } from './reply.js';

/** `/warn member reason`: a strike on the escalation ladder, which decides the sanction. */
export const warnCommand: CommandHandler<ModerationContext> = {
  definition: {
    name: 'warn',
    description: 'Warn a member: a strike on the escalation ladder',
    options: [
      { name: 'member', description: 'Who to warn', type: 'user', required: true },
      { name: 'reason', description: 'Why (the member is told)', type: 'string', required: true },
    ],
  },
  async handle(interaction, ctx) {
    const cleared = await clearModeratorTarget(ctx, interaction, 'member', true);
    if (!cleared.ok) return privately(cleared.reason);
    const reason = textOption(interaction, 'reason') ?? 'No reason given';
    const before = await activeStrikes(ctx.db, interaction.guildId, cleared.targetId, ctx.clock.now());
    const chosen = chooseStrikeSanction(ctx.config, before, null);
    const c = await takeAction(ctx, cleared.places, {
      guildId: interaction.guildId,
      userId: cleared.targetId,
      reason,
      actorId: interaction.payload.userId,
      sanction: chosen.sanction,
      channelId: interaction.payload.channelId,
      strike: { ladderStep: chosen.ladderStep },
      publicWarning: chosen.public,
      sourceKey: `command:${interaction.payload.interactionId}`,
    });
    await auditCase(ctx, interaction, 'moderation.warn', c, {
      strike: before + 1,
      sanction: describeAction(c),
      publicWarning: chosen.public,
    });
    const outcome = c.applyError === null ? '' : ` It could not be carried out: ${c.applyError}`;
    return privately(
      `Case #${c.id}: strike ${before + 1} for <@${cleared.targetId}> → ${describeAction(c).toLowerCase()}${chosen.public ? ' with a public warning' : ''}.${outcome}`,
    );
  },
};
