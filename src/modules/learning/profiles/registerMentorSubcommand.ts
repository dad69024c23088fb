import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { MENTOR_CATEGORY_LABELS, MentorCategoryName } from '../config/LearningTypes.js';
import { getMentor } from '../store/mentorStore.js';
import { getProfile } from '../store/profileStore.js';
import { intOption, stringOption } from './commandOptions.js';
import { NO_PROFILE } from './groupsOptSubcommand.js';
import { mentorForm } from './mentorForm.js';
import { mentorRoleRefusal } from './mentorRoleGate.js';

/**
 * `/mentor register category [capacity]`: answers with the domains form. Needs a learner
 * profile (a mentor's availability, languages and communication come from it), a category of
 * `mentors.categories`, a capacity of 1–20 (default `mentors.defaultCapacity`) and, when
 * `mentors.mentorRoles` is set, one of those roles.
 */
export const registerMentorSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const { guildId } = interaction;
  const { userId } = interaction.payload;
  const { categories, defaultCapacity } = ctx.config.mentors;
  const category = MentorCategoryName.safeParse(stringOption(interaction, 'category'));
  if (!category.success || !categories.includes(category.data)) {
    const offered = categories.map((c) => MENTOR_CATEGORY_LABELS[c]).join(', ');
    return { content: `Choose one of this community's mentor categories: ${offered}.`, ephemeral: true };
  }
  const capacity = intOption(interaction, 'capacity') ?? defaultCapacity;
  if (capacity < 1 || capacity > 20) {
    return { content: 'Capacity is how many mentees you take at once: 1 to 20.', ephemeral: true };
  }
  const refusal = await mentorRoleRefusal(ctx, guildId, interaction.payload);
  if (refusal !== null) return { content: refusal, ephemeral: true };
  const profile = await getProfile(ctx.db, guildId, userId);
  if (profile === undefined) {
    return { content: `${NO_PROFILE} Your availability and languages come from it.`, ephemeral: true };
  }
  const mentor = await getMentor(ctx.db, guildId, userId);
  return { modal: mentorForm({ category: category.data, capacity }, mentor, profile) };
};
