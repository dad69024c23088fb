import type { ComponentHandler } from '../../../core/defineModule.js';
import type { LearningContext } from '../LearningContext.js';
import { getProfile, upsertProfile } from '../store/profileStore.js';
import { parseProfileForm, refusalText } from './parseProfileForm.js';
import { PROFILE_FORM_PREFIX, PROFILE_INPUTS, profileFormChoices } from './profileForm.js';
import { profileSummaryText } from './profileSummary.js';

const LABELS = [
  [PROFILE_INPUTS.goals, 'Career goals'],
  [PROFILE_INPUTS.interests, 'Interests'],
  [PROFILE_INPUTS.timezone, 'Time zone'],
  [PROFILE_INPUTS.availability, 'Availability'],
  [PROFILE_INPUTS.languages, 'Languages'],
] as const;

/**
 * The `/learn profile` form, submitted: checks every field (a refusal names each problem,
 * echoes what was typed and stores nothing), then stores the profile, emits
 * `learning.profile_updated` (no member text) and answers privately with the profile.
 */
export const profileFormHandler: ComponentHandler<LearningContext> = {
  customIdPrefix: PROFILE_FORM_PREFIX,
  async handle(interaction, ctx) {
    const choices = profileFormChoices(interaction.payload.customId, ctx.config.industries);
    if (choices === null || interaction.type !== 'interaction.modal') {
      return { content: 'This form is no longer valid: use /learn profile again.', ephemeral: true };
    }
    const { guildId } = interaction;
    const { userId, interactionId, fields } = interaction.payload;
    const existing = await getProfile(ctx.db, guildId, userId);
    const parsed = parseProfileForm(fields, {
      choices,
      goals: ctx.config.goals,
      industries: ctx.config.industries,
      existing,
    });
    if ('problems' in parsed) {
      return { content: refusalText(parsed.problems, fields, LABELS, '/learn profile'), ephemeral: true };
    }
    const profile = await upsertProfile(ctx.db, guildId, userId, parsed.profile, ctx.clock.now());
    await ctx.emit(
      'learning.profile_updated',
      {
        userId,
        skill: profile.skill,
        pace: profile.pace,
        style: profile.style,
        groups: profile.groups_opt_in === 1,
        seekingMentor: profile.seeking_mentor === 1,
      },
      { key: `profile:${interactionId}`, guildId },
    );
    const verb = existing === undefined ? 'saved' : 'updated';
    return { content: `Your learner profile is ${verb}.\n${profileSummaryText(profile)}`, ephemeral: true };
  },
};
