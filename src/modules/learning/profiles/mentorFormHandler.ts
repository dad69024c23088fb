import type { ComponentHandler } from '../../../core/defineModule.js';
import type { LearningContext } from '../LearningContext.js';
import { getMentor, upsertMentor } from '../store/mentorStore.js';
import { getProfile } from '../store/profileStore.js';
import { NO_PROFILE } from './groupsOptSubcommand.js';
import { MENTOR_FORM_PREFIX, MENTOR_INPUTS, mentorFormChoices } from './mentorForm.js';
import { mentorRoleRefusal } from './mentorRoleGate.js';
import { mentorOfferText } from './profileSummary.js';
import { parseTags } from './tagList.js';

/**
 * The `/mentor register` form, submitted: checks the domains (and again the category, the
 * role gate and the profile, which may have changed since), stores the offer as active,
 * emits `learning.mentor_registered` and answers privately.
 */
export const mentorFormHandler: ComponentHandler<LearningContext> = {
  customIdPrefix: MENTOR_FORM_PREFIX,
  async handle(interaction, ctx) {
    const choices = mentorFormChoices(interaction.payload.customId);
    if (
      choices === null ||
      interaction.type !== 'interaction.modal' ||
      !ctx.config.mentors.categories.includes(choices.category)
    ) {
      return { content: 'This form is no longer valid: use /mentor register again.', ephemeral: true };
    }
    const { guildId } = interaction;
    const { userId, interactionId, fields } = interaction.payload;
    const refusal = await mentorRoleRefusal(ctx, guildId, interaction.payload);
    if (refusal !== null) return { content: refusal, ephemeral: true };
    if ((await getProfile(ctx.db, guildId, userId)) === undefined) return { content: NO_PROFILE, ephemeral: true };
    const typed = fields[MENTOR_INPUTS.domains] ?? '';
    const domains = parseTags(typed, 'Domains');
    if ('problem' in domains || domains.tags.length === 0) {
      const problem = 'problem' in domains ? domains.problem : 'Domains: name at least one.';
      const echo = typed.replace(/`/g, "'").slice(0, 1500);
      return {
        content: `Nothing was saved: ${problem}\nWhat you typed (copy it into /mentor register):\n\`\`\`\n${echo}\n\`\`\``,
        ephemeral: true,
      };
    }
    const offer = { ...choices, domains: domains.tags };
    await upsertMentor(ctx.db, guildId, userId, offer, ctx.clock.now());
    await ctx.emit(
      'learning.mentor_registered',
      { userId, category: offer.category, capacity: offer.capacity, active: true },
      { key: `mentor:${interactionId}`, guildId },
    );
    const mentor = await getMentor(ctx.db, guildId, userId);
    const summary = mentor === undefined ? '' : ` ${mentorOfferText(mentor)}.`;
    return {
      content: `You are registered as a mentor:${summary} Your availability and languages come from your learner profile. Pause any time with /mentor pause.`,
      ephemeral: true,
    };
  },
};
