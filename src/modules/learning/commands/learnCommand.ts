import type { CommandHandler } from '../../../core/defineModule.js';
import type { LearningContext } from '../LearningContext.js';
import { avoidSubcommand } from '../profiles/avoidSubcommand.js';
import { dmsSubcommand } from '../profiles/dmsSubcommand.js';
import { groupsOptSubcommand } from '../profiles/groupsOptSubcommand.js';
import { profileSubcommand } from '../profiles/profileSubcommand.js';
import { showSubcommand } from '../profiles/showSubcommand.js';
import { CHOICES } from './choices.js';

/**
 * `/learn`, for every member: `profile` (skill, pace, style as options, then a form for goals,
 * interests, time zone, availability, languages), `show [member]`, `groups join:<bool>` (take
 * part in study-group rounds), `avoid member:<m> [stop]` (do-not-pair), `dms allowed:<bool>`.
 */
export const learnCommand: CommandHandler<LearningContext> = {
  definition: {
    name: 'learn',
    description: 'Your learner profile, study groups and do-not-pair list',
    options: [
      {
        type: 'subcommand',
        name: 'profile',
        description: 'Set your learner profile (a form follows)',
        options: [
          { name: 'skill', description: 'Your skill level', type: 'string', required: true, choices: CHOICES.skill },
          {
            name: 'pace',
            description: 'How fast you like to go',
            type: 'string',
            required: true,
            choices: CHOICES.pace,
          },
          { name: 'style', description: 'How you learn best', type: 'string', required: true, choices: CHOICES.style },
          {
            name: 'communication',
            description: 'Async messages, live calls, or both',
            type: 'string',
            choices: CHOICES.communication,
          },
          { name: 'industry', description: 'Your industry, for industry groups', type: 'string' },
        ],
      },
      {
        type: 'subcommand',
        name: 'show',
        description: 'Show a learner profile (yours by default)',
        options: [{ name: 'member', description: 'Whose profile', type: 'user' }],
      },
      {
        type: 'subcommand',
        name: 'groups',
        description: 'Take part in study-group rounds, or stop',
        options: [{ name: 'join', description: 'True: take part; false: stop', type: 'boolean', required: true }],
      },
      {
        type: 'subcommand',
        name: 'avoid',
        description: 'Never be grouped or matched with a member (private)',
        options: [
          { name: 'member', description: 'The member', type: 'user', required: true },
          { name: 'stop', description: 'True: remove them from the list', type: 'boolean' },
        ],
      },
      {
        type: 'subcommand',
        name: 'dms',
        description: 'Get study-group and mentoring prompts by DM too',
        options: [{ name: 'allowed', description: 'True: by DM too', type: 'boolean', required: true }],
      },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'profile':
        return profileSubcommand(interaction, ctx);
      case 'show':
        return showSubcommand(interaction, ctx);
      case 'groups':
        return groupsOptSubcommand(interaction, ctx);
      case 'avoid':
        return avoidSubcommand(interaction, ctx);
      case 'dms':
        return dmsSubcommand(interaction, ctx);
      case null:
      default:
        return { content: 'Choose /learn profile, show, groups, avoid or dms.', ephemeral: true };
    }
  },
};
