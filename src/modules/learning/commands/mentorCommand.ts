import type { CommandHandler } from '../../../core/defineModule.js';
import { endSubcommand } from '../journey/endSubcommand.js';
import { statusSubcommand } from '../journey/statusSubcommand.js';
import type { LearningContext } from '../LearningContext.js';
import { assignSubcommand } from '../mentors/assignSubcommand.js';
import { findSubcommand } from '../mentors/findSubcommand.js';
import { recommendSubcommand } from '../mentors/recommendSubcommand.js';
import { requestSubcommand } from '../mentors/requestSubcommand.js';
import { pauseMentorSubcommand } from '../profiles/pauseMentorSubcommand.js';
import { registerMentorSubcommand } from '../profiles/registerMentorSubcommand.js';
import { CHOICES } from './choices.js';

/**
 * `/mentor`: mentors `register` (category, capacity, then a form for domains) and `pause`;
 * mentees `find` (wait for the next assignment), `recommend` (ranked mentors ≥ the floor) and
 * `request mentor:<m>`; both `status` (journey progress) and `end`; staff `assign` (the
 * globally optimal assignment of every waiting mentee).
 */
export const mentorCommand: CommandHandler<LearningContext> = {
  definition: {
    name: 'mentor',
    description: 'Mentoring: offer it, find a mentor, follow your journey',
    options: [
      {
        type: 'subcommand',
        name: 'register',
        description: 'Offer to mentor (a form for your domains follows)',
        options: [
          {
            name: 'category',
            description: 'What kind of mentor',
            type: 'string',
            required: true,
            choices: CHOICES.category,
          },
          { name: 'capacity', description: 'How many mentees at once (default from config)', type: 'integer' },
        ],
      },
      {
        type: 'subcommand',
        name: 'pause',
        description: 'Stop (or resume) taking new mentees',
        options: [{ name: 'paused', description: 'True: pause; false: resume', type: 'boolean', required: true }],
      },
      {
        type: 'subcommand',
        name: 'find',
        description: 'Ask for a mentor: you join the next assignment',
        options: [
          { name: 'category', description: 'A preferred kind of mentor', type: 'string', choices: CHOICES.category },
        ],
      },
      { type: 'subcommand', name: 'recommend', description: 'Mentors who suit you, best first' },
      {
        type: 'subcommand',
        name: 'request',
        description: 'Ask a recommended mentor directly',
        options: [{ name: 'mentor', description: 'The mentor', type: 'user', required: true }],
      },
      { type: 'subcommand', name: 'status', description: 'Your mentorships and journey progress' },
      {
        type: 'subcommand',
        name: 'end',
        description: 'End a mentorship',
        options: [{ name: 'member', description: 'Your mentor or mentee (default: your only one)', type: 'user' }],
      },
      {
        type: 'subcommand',
        name: 'assign',
        description: 'Staff: assign mentors to every waiting mentee (optimal over all)',
        options: [{ name: 'preview', description: 'True: show the assignment without making it', type: 'boolean' }],
      },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'register':
        return registerMentorSubcommand(interaction, ctx);
      case 'pause':
        return pauseMentorSubcommand(interaction, ctx);
      case 'find':
        return findSubcommand(interaction, ctx);
      case 'recommend':
        return recommendSubcommand(interaction, ctx);
      case 'request':
        return requestSubcommand(interaction, ctx);
      case 'status':
        return statusSubcommand(interaction, ctx);
      case 'end':
        return endSubcommand(interaction, ctx);
      case 'assign':
        return assignSubcommand(interaction, ctx);
      case null:
      default:
        return {
          content: 'Choose /mentor register, pause, find, recommend, request, status, end or assign.',
          ephemeral: true,
        };
    }
  },
};
