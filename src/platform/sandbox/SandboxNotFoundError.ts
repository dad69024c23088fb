import { DISCORD_ERROR_CODES } from '../discordErrorCodes.js';
import { NotFound } from '../PlatformError.js';

/** What a sandbox lookup was looking for. */
export type SandboxResource =
  | 'guild'
  | 'user'
  | 'member'
  | 'role'
  | 'channel'
  | 'message'
  | 'ban'
  | 'invite'
  | 'interaction'
  | 'attachment'
  | 'auto_moderation_rule'
  | 'scheduled_event';

/** Discord's "Unknown …" code for each resource, where Discord has one. */
const CODES: Readonly<Partial<Record<SandboxResource, number>>> = {
  guild: DISCORD_ERROR_CODES.unknownGuild,
  user: DISCORD_ERROR_CODES.unknownUser,
  member: DISCORD_ERROR_CODES.unknownMember,
  role: DISCORD_ERROR_CODES.unknownRole,
  channel: DISCORD_ERROR_CODES.unknownChannel,
  message: DISCORD_ERROR_CODES.unknownMessage,
  ban: DISCORD_ERROR_CODES.unknownBan,
  invite: DISCORD_ERROR_CODES.unknownInvite,
  interaction: DISCORD_ERROR_CODES.unknownInteraction,
  scheduled_event: DISCORD_ERROR_CODES.unknownGuildScheduledEvent,
};

/**
 * An id that names nothing in the sandbox guild: the platform's {@link NotFound} (so
 * `isNotFound(error, 'ban')` holds as on Discord), worded like Discord ("Unknown Ban: <id>")
 * and with Discord's code.
 */
export class SandboxNotFoundError extends NotFound {
  /** The kind of thing that was not found. */
  declare readonly resource: SandboxResource;

  /**
   * @param resource - what was looked up
   * @param id - the id that matched nothing
   */
  constructor(resource: SandboxResource, id: string) {
    super(resource, id, CODES[resource] ?? null);
  }
}
