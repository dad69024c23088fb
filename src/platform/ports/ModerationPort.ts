import type { BanOptions } from '../types/Member.js';

/**
 * Sanctions: timeouts, kicks and bans. The bot may only act on members below its highest
 * role, never on the owner (Forbidden otherwise).
 */
export interface ModerationPort {
  /**
   * Times a member out until `until` (epoch ms), or lifts a timeout with null.
   * @param guildId - the guild
   * @param userId - the member
   * @param until - epoch ms at most 28 days ahead (`TIMEOUT_CAP_MS`), or null
   * @param reason - written to the guild's audit log
   * @throws InvalidRequest, before any request, for more than 28 days from now
   * @throws Forbidden for the owner or a member at or above the bot; NotFound (`member`)
   * @see https://discord.com/developers/docs/resources/guild#modify-guild-member
   */
  timeoutMember(guildId: string, userId: string, until: number | null, reason: string): Promise<void>;

  /**
   * Removes a member from the guild (they can rejoin with an invite).
   * @param guildId - the guild
   * @param userId - the member
   * @param reason - written to the guild's audit log
   * @throws Forbidden for the owner or a member at or above the bot; NotFound (`member`)
   * @see https://discord.com/developers/docs/resources/guild#remove-guild-member
   */
  kickMember(guildId: string, userId: string, reason: string): Promise<void>;

  /**
   * Bans a user, member or not, optionally deleting up to 7 days of their messages.
   * @param guildId - the guild
   * @param userId - the user
   * @param options - reason and seconds of messages to delete
   * @throws InvalidRequest, before any request, for more than 7 days of messages
   * @throws Forbidden for the owner or a member at or above the bot; NotFound (`user`)
   * @see https://discord.com/developers/docs/resources/guild#create-guild-ban
   */
  banMember(guildId: string, userId: string, options: BanOptions): Promise<void>;

  /**
   * Lifts a ban.
   * @param guildId - the guild
   * @param userId - the banned user
   * @param reason - written to the guild's audit log
   * @throws NotFound (`ban`, Discord's 10026 "Unknown Ban") when the user is not banned
   * @see https://discord.com/developers/docs/resources/guild#remove-guild-ban
   */
  unbanMember(guildId: string, userId: string, reason: string): Promise<void>;
}
