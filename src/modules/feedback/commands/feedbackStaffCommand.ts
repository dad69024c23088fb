import type { CommandHandler } from '../../../core/defineModule.js';
import { FEEDBACK_STATUS_LABELS, SETTABLE_STATUSES } from '../config/FeedbackTypes.js';
import type { FeedbackContext } from '../FeedbackContext.js';
import { mergeSubcommand } from '../lifecycle/mergeSubcommand.js';
import { statusSubcommand } from '../lifecycle/statusSubcommand.js';
import { reportSubcommand } from '../reports/reportSubcommand.js';
import { isFeedbackStaff } from '../roles/isFeedbackStaff.js';

/**
 * `/feedback-staff` (staff): `status item:<n> status:<s> [note]` (the lifecycle; author and
 * followers are told), `merge item:<n> into:<n>` (a duplicate: votes and followers move),
 * `report [post]` (this week's report, posted to the report channel with `post:true`).
 * Discord offers it to members with Manage Messages; the handler checks staff itself.
 */
export const feedbackStaffCommand: CommandHandler<FeedbackContext> = {
  definition: {
    name: 'feedback-staff',
    description: 'Staff: feedback status, merging duplicates, the weekly report',
    defaultMemberPermissions: ['ManageMessages'],
    options: [
      {
        type: 'subcommand',
        name: 'status',
        description: 'Move an item through new → triaged → planned → in progress → done / declined',
        options: [
          { name: 'item', description: 'The item number (#42)', type: 'integer', required: true },
          {
            name: 'status',
            description: 'The new status',
            type: 'string',
            required: true,
            choices: SETTABLE_STATUSES.map((s) => ({ name: FEEDBACK_STATUS_LABELS[s], value: s })),
          },
          { name: 'note', description: 'Why (shown to the author and followers)', type: 'string' },
        ],
      },
      {
        type: 'subcommand',
        name: 'merge',
        description: 'Merge a duplicate into another item',
        options: [
          { name: 'item', description: 'The duplicate (#)', type: 'integer', required: true },
          { name: 'into', description: 'The item it duplicates (#)', type: 'integer', required: true },
        ],
      },
      {
        type: 'subcommand',
        name: 'report',
        description: "This week's feedback report",
        options: [{ name: 'post', description: 'True: post it to the report channel', type: 'boolean' }],
      },
    ],
  },
  async handle(interaction, ctx) {
    if (!(await isFeedbackStaff(ctx, interaction.guildId, interaction.payload))) {
      return { content: 'Only feedback staff can use /feedback-staff.', ephemeral: true };
    }
    switch (interaction.payload.subcommand ?? null) {
      case 'status':
        return statusSubcommand(interaction, ctx);
      case 'merge':
        return mergeSubcommand(interaction, ctx);
      case 'report':
        return reportSubcommand(interaction, ctx);
      case null:
      default:
        return { content: 'Choose /feedback-staff status, merge or report.', ephemeral: true };
    }
  },
};
