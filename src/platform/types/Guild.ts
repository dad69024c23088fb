import type { ChannelSnapshot } from './Channel.js';
import type { RoleSnapshot } from './Role.js';

/**
 * Discord's verification levels, from none to a verified phone number.
 * @see https://discord.com/developers/docs/resources/guild#guild-object-verification-level
 */
export type VerificationLevel = 'none' | 'low' | 'medium' | 'high' | 'very_high';

/** The verification levels in Discord's order (the index is Discord's `verification_level`). */
export const VERIFICATION_LEVELS: readonly VerificationLevel[] = ['none', 'low', 'medium', 'high', 'very_high'];

/**
 * A guild's structure as the platform has it: what blueprints, lockdowns and name lookups read.
 * @see https://discord.com/developers/docs/resources/guild#guild-object
 */
export interface GuildSnapshot {
  id: string;
  name: string;
  ownerId: string;
  /** Every channel and category, threads excepted. */
  channels: ChannelSnapshot[];
  /** Every role, @everyone included (its id is the guild's). */
  roles: RoleSnapshot[];
  /** Position of the bot's highest role: it can only manage roles below it. */
  botHighestRolePosition: number;
  /** What a member must have before posting (Discord's `verification_level`). */
  verificationLevel: VerificationLevel;
  /** Members in the guild, bots included (Discord's count; approximate before the gateway is ready). */
  memberCount: number;
}

/**
 * An invite and how often it was used (invite tracking for referrals).
 * @see https://discord.com/developers/docs/resources/invite#invite-metadata-object
 */
export interface InviteSnapshot {
  /** The code in `discord.gg/<code>`. */
  code: string;
  /** Where it lands. */
  channelId: string;
  /** Who created it, null when unknown (e.g. the vanity URL). */
  inviterId: string | null;
  uses: number;
  /** 0 = unlimited. */
  maxUses: number;
}
