import type { LearningSubcommand } from '../commands/LearningSubcommand.js';
import { CommunicationStyleName, LearningStyleName, PaceName, SkillLevelName } from '../config/LearningTypes.js';
import { getProfile } from '../store/profileStore.js';
import { stringOption } from './commandOptions.js';
import { profileForm } from './profileForm.js';

/**
 * `/learn profile skill pace style [communication] [industry]`: answers with the profile form
 * (goals, interests, time zone, availability, languages), prefilled from the member's
 * profile; the options travel in the form's custom id. Communication and industry left out
 * keep the profile's; `industry:none` clears it. An industry not in `learning.industries` is
 * refused with the list.
 */
export const profileSubcommand: LearningSubcommand = async (interaction, ctx) => {
  const skill = SkillLevelName.safeParse(stringOption(interaction, 'skill'));
  const pace = PaceName.safeParse(stringOption(interaction, 'pace'));
  const style = LearningStyleName.safeParse(stringOption(interaction, 'style'));
  if (!skill.success || !pace.success || !style.success) {
    return { content: 'Choose a skill, a pace and a style from the lists.', ephemeral: true };
  }
  const rawCommunication = stringOption(interaction, 'communication');
  const communication = rawCommunication === null ? null : CommunicationStyleName.safeParse(rawCommunication);
  if (communication !== null && !communication.success) {
    return { content: 'Choose a communication style from the list (async, live or mixed).', ephemeral: true };
  }
  const { industries, goals } = ctx.config;
  const rawIndustry = stringOption(interaction, 'industry');
  const industry = rawIndustry === null ? null : rawIndustry.trim().toLowerCase();
  if (industry !== null && industry !== 'none' && !industries.includes(industry)) {
    const offered = industries.length > 0 ? industries.join(', ') : 'none are configured';
    return {
      content: `"${rawIndustry ?? ''}" is not one of this community's industries: ${offered}. Use industry:none to clear yours.`,
      ephemeral: true,
    };
  }
  const profile = await getProfile(ctx.db, interaction.guildId, interaction.payload.userId);
  const choices = {
    skill: skill.data,
    pace: pace.data,
    style: style.data,
    communication: communication?.data ?? null,
    industry,
  };
  return { modal: profileForm(choices, goals, industries, profile) };
};
