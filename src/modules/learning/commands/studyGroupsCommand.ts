import type { CommandHandler } from '../../../core/defineModule.js';
import { disbandSubcommand } from '../groups/disbandSubcommand.js';
import { formSubcommand } from '../groups/formSubcommand.js';
import { listSubcommand } from '../groups/listSubcommand.js';
import type { LearningContext } from '../LearningContext.js';
import { CHOICES } from './choices.js';

/**
 * `/study-groups`: staff `form type:<type> [preview]` (an optimisation over the whole cohort,
 * with its gap to the bound) and `disband group:<n>`; everyone `list` (active groups, yours
 * first).
 */
export const studyGroupsCommand: CommandHandler<LearningContext> = {
  definition: {
    name: 'study-groups',
    description: 'Study groups formed by compatibility',
    options: [
      {
        type: 'subcommand',
        name: 'form',
        description: 'Staff: form groups over everyone taking part',
        options: [
          {
            name: 'type',
            description: 'The kind of group',
            type: 'string',
            required: true,
            choices: CHOICES.groupType,
          },
          { name: 'preview', description: 'True: show the groups without making them', type: 'boolean' },
        ],
      },
      { type: 'subcommand', name: 'list', description: 'Active study groups (yours first)' },
      {
        type: 'subcommand',
        name: 'disband',
        description: 'Staff: disband a group (its role is removed, its thread archived)',
        options: [{ name: 'group', description: 'The group number', type: 'integer', required: true }],
      },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'form':
        return formSubcommand(interaction, ctx);
      case 'list':
        return listSubcommand(interaction, ctx);
      case 'disband':
        return disbandSubcommand(interaction, ctx);
      case null:
      default:
        return { content: 'Choose /study-groups form, list or disband.', ephemeral: true };
    }
  },
};
