import type { CommandHandler } from '../../../../core/defineModule.js';
import type { GithubContext } from '../../GithubContext.js';
import { privately } from './AccountsSubcommand.js';
import { linkMemberSubcommand } from './linkMemberSubcommand.js';
import { linkSubcommand } from './linkSubcommand.js';
import { unlinkSubcommand } from './unlinkSubcommand.js';
import { whoisSubcommand } from './whoisSubcommand.js';

/** `/github`: `link` (verified with a one-time code), `unlink`, `whois`, staff `link-member`. */
export const githubCommand: CommandHandler<GithubContext> = {
  definition: {
    name: 'github',
    description: 'Link your GitHub account to earn points for your contributions',
    options: [
      {
        type: 'subcommand',
        name: 'link',
        description: 'Link your GitHub account (you get a code to put on GitHub)',
        options: [{ name: 'login', description: 'Your GitHub login', type: 'string', required: true }],
      },
      { type: 'subcommand', name: 'unlink', description: 'Remove your GitHub link' },
      {
        type: 'subcommand',
        name: 'whois',
        description: 'Who a member is on GitHub, or who a GitHub login is here',
        options: [
          { name: 'member', description: 'A member', type: 'user' },
          { name: 'login', description: 'A GitHub login', type: 'string' },
        ],
      },
      {
        type: 'subcommand',
        name: 'link-member',
        description: 'Staff: link a member to a GitHub login without verification',
        options: [
          { name: 'member', description: 'The member', type: 'user', required: true },
          { name: 'login', description: 'Their GitHub login', type: 'string', required: true },
        ],
      },
    ],
  },
  async handle(interaction, ctx) {
    switch (interaction.payload.subcommand ?? null) {
      case 'link':
        return linkSubcommand(interaction, ctx);
      case 'unlink':
        return unlinkSubcommand(interaction, ctx);
      case 'whois':
        return whoisSubcommand(interaction, ctx);
      case 'link-member':
        return linkMemberSubcommand(interaction, ctx);
      case null:
      default:
        return privately('Choose /github link, unlink, whois or link-member.');
    }
  },
};
