import type { ListedMember } from '../types/History.js';
import type { MemberSnapshot } from '../types/Member.js';
import type { VoiceMemberState } from '../types/Voice.js';

/** Reading members and giving or taking their roles. */
export interface MemberPort {
  /**
   * Reads one member, or null when not in the guild. Cache-first: on Discord the answer
   * comes from a member cache fed by the gateway (GUILD_CREATE, GUILD_MEMBER_ADD/UPDATE/REMOVE
   * and the members embedded in messages and interactions) and by Guildhall's own writes;
   * only a miss makes one Get Guild Member request, whose answer (or absence) is cached. The
   * sandbox reads its database. Modules call it freely (per message, per reaction) and keep
   * no member caches of their own.
   * @param guildId - the guild
   * @param userId - the user
   * @see https://discord.com/developers/docs/resources/guild#get-guild-member
   */
  fetchMember(guildId: string, userId: string): Promise<MemberSnapshot | null>;

  /**
   * Every member of the guild, in user id order, read from the platform (never from a
   * cache): on Discord one List Guild Members request per 1,000 members, which needs the
   * Server Members intent. For catch-up after downtime, not for each event.
   * @param guildId - the guild
   * @throws Forbidden without the Server Members intent
   * @see https://discord.com/developers/docs/resources/guild#list-guild-members
   */
  fetchAllMembers(guildId: string): Promise<ListedMember[]>;

  /**
   * The members connected to a voice (or stage) channel now, by user id, the bot itself left
   * out. Discord has no request listing a channel's voice states: the answer comes from the
   * gateway's voice states (GUILD_CREATE, then VOICE_STATE_UPDATE, Guild Voice States intent)
   * as discord.js caches them, and is empty for a guild the gateway has not delivered. The
   * sandbox reads its voice table. For catching members who were in voice before Guildhall
   * started watching (they send no voice event), not for each event.
   * @param guildId - the guild
   * @param channelId - the voice or stage channel
   * @see https://discord.com/developers/docs/resources/voice#voice-state-object
   * @see https://discord.com/developers/docs/events/gateway-events#guild-create
   */
  listVoiceMembers(guildId: string, channelId: string): Promise<VoiceMemberState[]>;

  /**
   * Gives a member a role.
   * @param guildId - the guild
   * @param userId - the member
   * @param roleId - the role
   * @param reason - written to the guild's audit log
   * @throws Forbidden for a role at or above the bot's highest, or a managed role
   * @throws NotFound (`member`, `role`)
   * @see https://discord.com/developers/docs/resources/guild#add-guild-member-role
   */
  addRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void>;

  /**
   * Takes a role away from a member.
   * @param guildId - the guild
   * @param userId - the member
   * @param roleId - the role
   * @param reason - written to the guild's audit log
   * @throws Forbidden for a role at or above the bot's highest, or a managed role
   * @throws NotFound (`member`, `role`)
   * @see https://discord.com/developers/docs/resources/guild#remove-guild-member-role
   */
  removeRole(guildId: string, userId: string, roleId: string, reason: string): Promise<void>;
}
