/**
 * A guild member as the platform has it.
 * @see https://discord.com/developers/docs/resources/guild#guild-member-object
 */
export interface MemberSnapshot {
  userId: string;
  /** Their account name. */
  username: string;
  /** Guild nickname, else global display name, else username. */
  displayName: string;
  bot: boolean;
  /** Role ids, @everyone not included. */
  roles: string[];
  /** Epoch ms they joined the guild (0 when unknown). */
  joinedAt: number;
  /** Epoch ms until which the member is timed out, or null. */
  timeoutUntil: number | null;
}

/**
 * How to ban a user.
 * @see https://discord.com/developers/docs/resources/guild#create-guild-ban
 */
export interface BanOptions {
  /** Written to the guild's audit log. */
  reason: string;
  /** Seconds of the user's recent messages to delete (0–604800, `BAN_DELETE_CAP_SECONDS`). */
  deleteMessageSeconds?: number;
}
