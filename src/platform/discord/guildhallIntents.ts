import { GatewayIntentBits, Partials } from 'discord.js';

/**
 * Gateway intents Guildhall's bot asks for. GuildMembers and MessageContent are privileged:
 * enable "Server Members Intent" and "Message Content Intent" in the developer portal.
 * @see https://discord.com/developers/docs/events/gateway#gateway-intents
 */
export const GUILDHALL_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMembers,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.MessageContent,
  GatewayIntentBits.GuildMessageReactions,
  GatewayIntentBits.GuildVoiceStates,
  GatewayIntentBits.GuildInvites,
  // GUILD_SCHEDULED_EVENT_* (the Events tab), interested members included.
  GatewayIntentBits.GuildScheduledEvents,
  GatewayIntentBits.DirectMessages,
  // AUTO_MODERATION_ACTION_EXECUTION (delivered only with the Manage Server permission).
  GatewayIntentBits.AutoModerationExecution,
] as const;

/**
 * discord.js partials so that events about uncached messages, reactions, channels (DMs),
 * users and members are still emitted instead of silently dropped.
 * @see https://discordjs.guide/popular-topics/partials.html
 */
export const GUILDHALL_PARTIALS = [
  Partials.Message,
  Partials.Reaction,
  Partials.Channel,
  Partials.User,
  Partials.GuildMember,
] as const;

/** The intents above as the bit field sent in IDENTIFY. */
export const GUILDHALL_INTENT_BITS: number = GUILDHALL_INTENTS.reduce<number>((bits, intent) => bits | intent, 0);
