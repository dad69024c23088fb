import type { CommandHandler } from '../../../core/defineModule.js';
import { isModuleStaff } from '../../../core/staffMembers.js';
import type { ChallengesContext } from '../ChallengesContext.js';
import { currentSubcommand, entriesSubcommand, judgeSubcommand, submitSubcommand } from './memberSubcommands.js';
import {
  cancelSubcommand,
  closeSubmissionsSubcommand,
  closeVotingSubcommand,
  startSubcommand,
} from './staffSubcommands.js';

/** `/challenge`, for every member: `current`, `entries`, `submit` (a form) and, for judges, `judge`. */
export const challengeCommand: CommandHandler<ChallengesContext> = {
  definition: {
    name: 'challenge',
    description: 'The monthly challenge: see it, submit an entry, judge',
    options: [
      { type: 'subcommand', name: 'current', description: 'The running challenge and its deadlines' },
      { type: 'subcommand', name: 'entries', description: 'Entries to the running challenge' },
      { type: 'subcommand', name: 'submit', description: 'Submit your entry (title, link, description)' },
      {
        type: 'subcommand',
        name: 'judge',
        description: 'Judges: score an entry from 1 to 10',
        options: [
          { name: 'entry', description: 'The entry number (#3)', type: 'integer', required: true },
          { name: 'score', description: 'From 1 to 10', type: 'integer', required: true },
        ],
      },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'current':
        return currentSubcommand(interaction, ctx);
      case 'entries':
        return entriesSubcommand(interaction, ctx);
      case 'submit':
        return submitSubcommand(interaction, ctx);
      case 'judge':
        return judgeSubcommand(interaction, ctx);
      case null:
      default:
        return { content: 'Choose /challenge current, entries, submit or judge.', ephemeral: true };
    }
  },
};

/** `/challenge-staff`: move the running challenge through its phases by hand. */
export const challengeStaffCommand: CommandHandler<ChallengesContext> = {
  definition: {
    name: 'challenge-staff',
    description: 'Staff: start a challenge, close submissions or voting, cancel',
    defaultMemberPermissions: ['ManageMessages'],
    options: [
      {
        type: 'subcommand',
        name: 'start',
        description: 'Announce a scheduled challenge now',
        options: [{ name: 'id', description: 'Its id in the schedule (default: the next one)', type: 'string' }],
      },
      { type: 'subcommand', name: 'close-submissions', description: 'Close submissions now and open voting' },
      { type: 'subcommand', name: 'close-voting', description: 'Close voting now and announce the winners' },
      { type: 'subcommand', name: 'cancel', description: 'Cancel the running challenge' },
    ],
  },
  async handle(interaction, ctx) {
    if (!(await isModuleStaff(ctx, interaction.guildId, interaction.payload))) {
      return { content: 'Only challenge staff can do this.', ephemeral: true };
    }
    switch (interaction.payload.subcommand ?? null) {
      case 'start':
        return startSubcommand(interaction, ctx);
      case 'close-submissions':
        return closeSubmissionsSubcommand(interaction, ctx);
      case 'close-voting':
        return closeVotingSubcommand(interaction, ctx);
      case 'cancel':
        return cancelSubcommand(interaction, ctx);
      case null:
      default:
        return {
          content: 'Choose /challenge-staff start, close-submissions, close-voting or cancel.',
          ephemeral: true,
        };
    }
  },
};
