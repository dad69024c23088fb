import type { CommandHandler } from '../../../core/defineModule.js';
import { FEEDBACK_TYPE_LABELS, FEEDBACK_TYPES } from '../config/FeedbackTypes.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { submitSubcommand } from '../intake/submitSubcommand.js';
import { dmsSubcommand } from '../lifecycle/dmsSubcommand.js';
import { followSubcommand } from '../voting/followSubcommand.js';
import { topSubcommand } from '../voting/topSubcommand.js';

const TYPE_CHOICES = FEEDBACK_TYPES.map((type) => ({ name: FEEDBACK_TYPE_LABELS[type], value: type }));

/**
 * `/feedback`, for every member: `submit type:<type>` (a form: title and details), `top`
 * (open items ranked by votes), `follow item:<n>` (be told of its changes), `dms allowed:<bool>`
 * (notices by DM: the member's own request, as Discord's Developer Policy wants). Staff
 * commands are `/feedback-staff`.
 */
export const feedbackCommand: CommandHandler<FeedbackContext> = {
  definition: {
    name: 'feedback',
    description: 'Send feedback, see what is planned, follow items',
    options: [
      {
        type: 'subcommand',
        name: 'submit',
        description: 'Report a bug, request a feature, suggest or comment',
        options: [
          { name: 'type', description: 'What kind of feedback', type: 'string', required: true, choices: TYPE_CHOICES },
        ],
      },
      {
        type: 'subcommand',
        name: 'top',
        description: 'Open feature requests and suggestions ranked by votes',
        options: [{ name: 'type', description: 'Only this kind', type: 'string', choices: TYPE_CHOICES }],
      },
      {
        type: 'subcommand',
        name: 'follow',
        description: 'Be told when an item changes (or stop)',
        options: [
          { name: 'item', description: 'The item number (#42)', type: 'integer', required: true },
          { name: 'stop', description: 'True: stop following', type: 'boolean' },
        ],
      },
      {
        type: 'subcommand',
        name: 'dms',
        description: 'Get feedback notices by DM, or in the item’s thread only',
        options: [
          { name: 'allowed', description: 'True: by DM too; false: thread only', type: 'boolean', required: true },
        ],
      },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'submit':
        return submitSubcommand(interaction, ctx);
      case 'top':
        return topSubcommand(interaction, ctx);
      case 'follow':
        return followSubcommand(interaction, ctx);
      case 'dms':
        return dmsSubcommand(interaction, ctx);
      case null:
      default:
        return { content: 'Choose /feedback submit, top, follow or dms.', ephemeral: true };
    }
  },
};
