import { InteractionResponseType, MessageFlags, Routes, type REST } from 'discord.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import type { InteractionRef, InteractionReply, SlashCommandDefinition } from '../Platform.js';
import { assertCommandsValid, toCommandBody } from './toCommandBody.js';
import { allowedMentions, toActionRow, toEmbed } from './toDiscordMessage.js';

/**
 * Replaces a guild's slash commands (Bulk Overwrite Guild Application Commands, PUT).
 * @param rest - discord.js REST client
 * @param applicationId - the bot's application id
 * @param guildId - the guild
 * @param commands - the complete set; commands not listed are deleted by Discord
 * @throws PlatformRuleError, before any request, when a definition breaks Discord's rules
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands
 */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  guildId: string,
  commands: SlashCommandDefinition[],
): Promise<void> {
  assertCommandsValid(commands);
  await rest.put(Routes.applicationGuildCommands(applicationId, guildId), { body: commands.map(toCommandBody) });
}

/**
 * Answers an interaction with a message (callback type 4, CHANNEL_MESSAGE_WITH_SOURCE),
 * ephemeral (flags 64) when asked. Interaction callbacks are authorised by the token in
 * the URL, not the bot token, and have their own rate limit.
 * @param rest - discord.js REST client
 * @param interaction - id and token from the interaction event
 * @param reply - the answer
 * @throws PlatformRuleError, before any request, when the reply breaks message limits
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
 */
export async function respondToInteraction(
  rest: REST,
  interaction: InteractionRef,
  reply: InteractionReply,
): Promise<void> {
  assertMessageWithinLimits(reply);
  const data = {
    content: reply.content,
    embeds: reply.embeds?.map(toEmbed),
    components: reply.components?.map(toActionRow),
    allowed_mentions: allowedMentions([]),
    flags: reply.ephemeral === true ? MessageFlags.Ephemeral : undefined,
  };
  await rest.post(Routes.interactionCallback(interaction.interactionId, interaction.token), {
    body: { type: InteractionResponseType.ChannelMessageWithSource, data },
    auth: false,
  });
}
