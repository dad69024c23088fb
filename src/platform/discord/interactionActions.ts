import {
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  Routes,
  TextInputStyle,
  type APIModalInteractionResponse,
  type REST,
} from 'discord.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import { assertModalWithinLimits } from '../modalLimits.js';
import type { InteractionRef, InteractionReply, ModalSpec, SlashCommandDefinition } from '../Platform.js';
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

/**
 * Answers an interaction with a modal (callback type 9, MODAL): each text input in a Label
 * component (type 18), Discord's current layout for modals.
 * @param rest - discord.js REST client
 * @param interaction - id and token from the interaction event
 * @param modal - the form
 * @throws PlatformRuleError, before any request, when the form breaks Discord's limits
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 * @see https://discord.com/developers/docs/components/reference#label
 */
export async function showModal(rest: REST, interaction: InteractionRef, modal: ModalSpec): Promise<void> {
  assertModalWithinLimits(modal);
  const body: APIModalInteractionResponse = {
    type: InteractionResponseType.Modal,
    data: {
      custom_id: modal.customId,
      title: modal.title,
      components: modal.inputs.map((input) => ({
        type: ComponentType.Label,
        label: input.label,
        component: {
          type: ComponentType.TextInput,
          custom_id: input.customId,
          style: input.style === 'paragraph' ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: input.required ?? true,
          ...(input.minLength === undefined ? {} : { min_length: input.minLength }),
          ...(input.maxLength === undefined ? {} : { max_length: input.maxLength }),
          ...(input.placeholder === undefined ? {} : { placeholder: input.placeholder }),
        },
      })),
    },
  };
  await rest.post(Routes.interactionCallback(interaction.interactionId, interaction.token), { body, auth: false });
}
