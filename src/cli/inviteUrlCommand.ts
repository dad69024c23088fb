import { Snowflake } from '../config/CommunityConfig.js';
import { botInviteUrl } from '../platform/discord/botInviteUrl.js';
import type { CliIO } from './CliIO.js';

/**
 * `guildhall invite-url`: prints the URL that adds the bot to a server with the permissions
 * and scopes Guildhall needs.
 * @param options - the application (client) id, and optionally the server to preselect
 * @param io - output
 */
export function inviteUrlCommand(options: { clientId: string; guild?: string }, io: CliIO): number {
  for (const [flag, value] of [
    ['--client-id', options.clientId],
    ['--guild', options.guild],
  ] as const) {
    if (value !== undefined && !Snowflake.safeParse(value).success) {
      io.err(`${flag}: "${value}" is not a Discord id (17–20 digits)`);
      return 1;
    }
  }
  io.out(botInviteUrl(options.clientId, options.guild));
  return 0;
}
