import { loadModules } from '../app/loadModules.js';
import { Snowflake } from '../config/CommunityConfig.js';
import { UserError } from '../core/errors.js';
import { blueprintPermissions, ServerConfig } from '../modules/server/index.js';
import { botInviteUrl } from '../platform/discord/botInviteUrl.js';
import { PERMISSION_FLAGS } from '../platform/permissionFlags.js';
import type { CliIO } from './CliIO.js';

export interface InviteUrlOptions {
  clientId: string;
  guild?: string;
  /** Also ask for every permission this community.yaml's blueprint hands out. */
  config?: string;
}

/**
 * `guildhall invite-url`: prints the URL that adds the bot to a server with the permissions
 * and scopes Guildhall needs (plus, with `--config`, those its `server:` blueprint grants, so
 * `apply` may hand them out).
 * @param options - the application (client) id, the server to preselect, a config file
 * @param io - output
 */
export function inviteUrlCommand(options: InviteUrlOptions, io: CliIO): number {
  for (const [flag, value] of [
    ['--client-id', options.clientId],
    ['--guild', options.guild],
  ] as const) {
    if (value !== undefined && !Snowflake.safeParse(value).success) {
      io.err(`${flag}: "${value}" is not a Discord id (17–20 digits)`);
      return 1;
    }
  }
  let extra = 0n;
  if (options.config !== undefined) {
    try {
      const { modules } = loadModules({ configPath: options.config });
      const server = modules.find((m) => m.definition.id === 'server')?.config;
      extra = blueprintPermissions(ServerConfig.parse(server));
    } catch (error) {
      if (error instanceof UserError) {
        io.err(error.message);
        return 1;
      }
      throw error;
    }
    // Asking for Administrator would make the bot an administrator: leave that to a human.
    if ((extra & PERMISSION_FLAGS.Administrator) !== 0n) {
      extra &= ~PERMISSION_FLAGS.Administrator;
      io.err(
        'note: the blueprint gives a role Administrator; Discord lets the bot grant that only if the bot is an administrator itself (not asked for here)',
      );
    }
  }
  io.out(botInviteUrl(options.clientId, options.guild, extra));
  return 0;
}
