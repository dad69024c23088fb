import { z } from 'zod';

/**
 * zod shapes of the gateway fields Guildhall reads. Only what is used is declared; extra
 * fields are ignored and fields that older API versions (or partial payloads) omit are
 * optional, so v6-era captures and today's payloads both parse.
 * @see https://discord.com/developers/docs/resources/user#user-object
 */
export const gatewayUser = z.object({
  id: z.string(),
  username: z.string().optional(),
  global_name: z.string().nullish(),
  bot: z.boolean().optional(),
});

/** A user as read from a payload. */
export type GatewayUser = z.infer<typeof gatewayUser>;

/**
 * The guild member embedded in messages and interactions.
 * @see https://discord.com/developers/docs/resources/guild#guild-member-object
 */
export const gatewayMember = z.object({
  user: gatewayUser.optional(),
  nick: z.string().nullish(),
  roles: z.array(z.string()).optional(),
  joined_at: z.string().nullish(),
  pending: z.boolean().optional(),
});

/**
 * A reaction's emoji: custom emojis have an id, unicode ones only a name.
 * @see https://discord.com/developers/docs/resources/emoji#emoji-object
 */
export const gatewayEmoji = z.object({
  id: z.string().nullish(),
  name: z.string().nullish(),
});

/** Only `guild_id`, read first to drop everything outside the configured guild. */
export const guildScoped = z.object({ guild_id: z.string().optional() });
