import type { CommandHandler } from '../../../core/defineModule.js';
import { falsePositiveRates } from '../cases/falsePositiveRates.js';
import { moderationPlaces } from '../guild/ModerationPlaces.js';
import type { ModerationContext } from '../ModerationContext.js';
import { hasAuthority } from '../permissions/authority.js';
import { privately } from './reply.js';

/** `/false-positives`: per automod rule, cases and how many were overturned on appeal. */
export const falsePositivesCommand: CommandHandler<ModerationContext> = {
  definition: { name: 'false-positives', description: 'Automod rules by cases overturned on appeal' },
  async handle(interaction, ctx) {
    const places = await moderationPlaces(ctx, interaction.guildId);
    if (!hasAuthority(places, interaction.payload, 'moderator')) {
      return privately('Only moderators can see automod’s false-positive rates.');
    }
    const rates = await falsePositiveRates(ctx.db, interaction.guildId);
    if (rates.length === 0) return privately('Automod has opened no cases yet.');
    const lines = rates.map(
      (r) =>
        `**${r.ruleName}** (\`${r.ruleId}\`): ${r.cases} cases, ${r.appealed} appealed, ${r.overturned} overturned (${(r.rate * 100).toFixed(1)} %)`,
    );
    return privately(['False positives by rule (cases overturned on appeal):', ...lines].join('\n'));
  },
};
