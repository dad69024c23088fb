import {
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  Routes,
  TextInputStyle,
  type APIModalInteractionResponse,
} from 'discord.js';
import { fileBytes } from '../attachmentLimits.js';
import { assertCommandsValid } from '../commandRules.js';
import { fitMessage } from '../fitMessage.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import { assertModalWithinLimits } from '../modalLimits.js';
import type { InteractionRef, InteractionReply, ModalSpec, SlashCommandDefinition } from '../Platform.js';
import { toCommandBody } from './toCommandBody.js';
import { allowedMentions, toActionRow, toEmbed } from './toDiscordMessage.js';
import type { PlatformRest } from './platformRest.js';

/**
 * Replaces a guild's slash commands (Bulk Overwrite Guild Application Commands, PUT).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param applicationId - the bot's application id
 * @param guildId - the guild
 * @param commands - the complete set; commands not listed are deleted by Discord
 * @throws InvalidRequest, before any request, when a definition breaks Discord's rules
 * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands
 */
export async function registerCommands(
  rest: PlatformRest,
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
 * the URL, not the bot token, and have their own rate limit. A reply with files goes as
 * `multipart/form-data`: the JSON in `payload_json` with `data.attachments` (`{ id, filename }`
 * per file) and file `n` in the part `files[n]`.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param interaction - id and token from the interaction event
 * @param answer - the reply (fitted to Discord's limits first, `fitMessage`)
 * @throws InvalidRequest, before any request, when the reply breaks message limits fitting
 *   cannot fix or attachment limits
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
export async function respondToInteraction(
  rest: PlatformRest,
  interaction: InteractionRef,
  answer: InteractionReply,
): Promise<void> {
  const reply = fitMessage(answer);
  assertMessageWithinLimits(reply);
  const files = reply.files ?? [];
  const data = {
    content: reply.content,
    embeds: reply.embeds?.map(toEmbed),
    components: reply.components?.map(toActionRow),
    allowed_mentions: allowedMentions([]),
    flags: reply.ephemeral === true ? MessageFlags.Ephemeral : undefined,
    ...(files.length === 0 ? {} : { attachments: files.map((file, id) => ({ id, filename: file.name })) }),
  };
  await rest.post(Routes.interactionCallback(interaction.interactionId, interaction.token), {
    body: { type: InteractionResponseType.ChannelMessageWithSource, data },
    auth: false,
    ...(files.length === 0
      ? {}
      : {
          files: files.map((file, id) => ({
            key: `files[${id}]`,
            name: file.name,
            data: fileBytes(file),
            ...(file.contentType === undefined ? {} : { contentType: file.contentType }),
          })),
        }),
  });
}

/**
 * Answers an interaction with a modal (callback type 9, MODAL): each text input in a Label
 * component (type 18), Discord's current layout for modals.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param interaction - id and token from the interaction event
 * @param modal - the form
 * @throws InvalidRequest, before any request, when the form breaks Discord's limits
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 * @see https://discord.com/developers/docs/components/reference#label
 */
export async function showModal(rest: PlatformRest, interaction: InteractionRef, modal: ModalSpec): Promise<void> {
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
