import type { CommandHandler } from '../../../core/defineModule.js';
import { isStaff, supportRoles } from '../roles/supportRoles.js';
import type { SupportContext } from '../SupportContext.js';
import { escalateSubcommand } from './escalateSubcommand.js';
import { queueSubcommand } from './queueSubcommand.js';

/**
 * `/support` (staff): `queue` (the unanswered questions, oldest first, against their tier's
 * target) and `escalate` (in a question's thread: move it to the next tier now). Discord offers
 * it to members with Manage Threads (unless the server's Integrations settings say otherwise);
 * the handler checks staff itself (`support.staffRoles` or the owner). Answers are ephemeral.
 */
export const supportCommand: CommandHandler<SupportContext> = {
  definition: {
    name: 'support',
    description: 'Staff: the support queue and escalation',
    defaultMemberPermissions: ['ManageThreads'],
    options: [
      { type: 'subcommand', name: 'queue', description: 'Unanswered questions, oldest first, against their target' },
      { type: 'subcommand', name: 'escalate', description: 'Move this question to the next tier now' },
    ],
  },
  async handle(interaction, ctx) {
    const { userId, memberRoles } = interaction.payload;
    if (!isStaff(await supportRoles(ctx, interaction.guildId), userId, memberRoles)) {
      return { content: 'Only support staff can use /support.', ephemeral: true };
    }
    switch (interaction.payload.subcommand ?? null) {
      case 'queue':
        return queueSubcommand(interaction, ctx);
      case 'escalate':
        return escalateSubcommand(interaction, ctx);
      case null:
      default:
        return { content: 'Choose /support queue or /support escalate.', ephemeral: true };
    }
  },
};
