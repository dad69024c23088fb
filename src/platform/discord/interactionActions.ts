import {
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  Routes,
  TextInputStyle,
  type APIInteractionResponseDeferredChannelMessageWithSource,
  type APIInteractionResponseDeferredMessageUpdate,
  type APIModalInteractionResponse,
  type RawFile,
} from 'discord.js';
import { fileBytes } from '../attachmentLimits.js';
import { assertCommandsValid } from '../commandRules.js';
import { fitMessage } from '../fitMessage.js';
import { assertMessageWithinLimits } from '../messageLimits.js';
import { assertModalWithinLimits } from '../modalLimits.js';
import type { DeferOptions, InteractionRef, InteractionReply, ModalSpec, SlashCommandDefinition } from '../Platform.js';
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
  await sendCallback(rest, interaction, messageCallback(answer));
}

/** An interaction response (callback type and data) and the files it uploads. */
export interface InteractionCallback {
  body: { type: InteractionResponseType; data?: unknown };
  files: { files?: RawFile[] };
}

/**
 * Sends an interaction response with the callback request (interactions received over the
 * gateway, and over HTTP once the endpoint answered).
 * @param rest - discord.js's REST client
 * @param interaction - id and token
 * @param callback - the response
 */
export async function sendCallback(
  rest: PlatformRest,
  interaction: InteractionRef,
  callback: InteractionCallback,
): Promise<void> {
  await rest.post(Routes.interactionCallback(interaction.interactionId, interaction.token), {
    body: callback.body,
    auth: false,
    ...callback.files,
  });
}

/**
 * The answer as a message (callback type 4, CHANNEL_MESSAGE_WITH_SOURCE).
 * @param answer - the reply (fitted to Discord's limits first)
 * @throws InvalidRequest when the reply breaks limits fitting cannot fix
 */
export function messageCallback(answer: InteractionReply): InteractionCallback {
  const { data, files } = messageData(answer, true);
  return { body: { type: InteractionResponseType.ChannelMessageWithSource, data }, files };
}

/**
 * A deferral (callback type 5, DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE; flags 64 when ephemeral).
 * @param options - `ephemeral`
 */
export function deferCallback(options: DeferOptions = {}): InteractionCallback {
  const body: APIInteractionResponseDeferredChannelMessageWithSource = {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    ...(options.ephemeral === true ? { data: { flags: MessageFlags.Ephemeral } } : {}),
  };
  return { body, files: {} };
}

/**
 * Acknowledges an interaction to answer it later: callback type 5,
 * DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE (flags 64 when the answer will be ephemeral), as
 * discord.js's `deferReply` sends it.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param interaction - id and token from the interaction event
 * @param options - `ephemeral`
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
 */
export async function deferReply(
  rest: PlatformRest,
  interaction: InteractionRef,
  options: DeferOptions = {},
): Promise<void> {
  await sendCallback(rest, interaction, deferCallback(options));
}

/**
 * Acknowledges a component interaction without a new message: callback type 6,
 * DEFERRED_UPDATE_MESSAGE (discord.js's `deferUpdate`).
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param interaction - id and token of a button or select interaction
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
 */
export async function deferUpdate(rest: PlatformRest, interaction: InteractionRef): Promise<void> {
  await sendCallback(rest, interaction, deferUpdateCallback());
}

/** A component acknowledged without a new message (callback type 6, DEFERRED_UPDATE_MESSAGE). */
export function deferUpdateCallback(): InteractionCallback {
  const body: APIInteractionResponseDeferredMessageUpdate = { type: InteractionResponseType.DeferredMessageUpdate };
  return { body, files: {} };
}

/**
 * Edits the original response (`PATCH /webhooks/{application}/{token}/messages/@original`, as
 * discord.js's `editReply`): the deferred message becomes the answer. Authorised by the token,
 * not the bot token. Files go as multipart, as for the callback.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param applicationId - the bot's application id
 * @param interaction - id and token from the interaction event
 * @param answer - the new content (fitted to Discord's limits first; `ephemeral` ignored)
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response
 */
export async function editReply(
  rest: PlatformRest,
  applicationId: string,
  interaction: InteractionRef,
  answer: InteractionReply,
): Promise<void> {
  const { data, files } = messageData(answer, false);
  await rest.patch(Routes.webhookMessage(applicationId, interaction.token, '@original'), {
    body: data,
    auth: false,
    ...files,
  });
}

/**
 * Sends a follow-up message (`POST /webhooks/{application}/{token}`, as discord.js's `followUp`),
 * flags 64 when ephemeral.
 * @param rest - discord.js's REST client (typed errors, see platformRest)
 * @param applicationId - the bot's application id
 * @param interaction - id and token from the interaction event
 * @param answer - the message (fitted to Discord's limits first)
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-followup-message
 */
export async function followUp(
  rest: PlatformRest,
  applicationId: string,
  interaction: InteractionRef,
  answer: InteractionReply,
): Promise<void> {
  const { data, files } = messageData(answer, true);
  await rest.post(Routes.webhook(applicationId, interaction.token), { body: data, auth: false, ...files });
}

/**
 * The message of an answer as Discord takes it, and its files as discord.js's REST client
 * uploads them (`files[n]`, with `attachments` in the JSON).
 * @param withFlags - send the ephemeral flag (not on an edit: the original keeps its own)
 * @throws InvalidRequest when the reply breaks limits fitting cannot fix
 */
function messageData(
  answer: InteractionReply,
  withFlags: boolean,
): { data: Record<string, unknown>; files: { files?: RawFile[] } } {
  const reply = fitMessage(answer);
  assertMessageWithinLimits(reply);
  const files = reply.files ?? [];
  const data = {
    content: reply.content,
    embeds: reply.embeds?.map(toEmbed),
    components: reply.components?.map(toActionRow),
    allowed_mentions: allowedMentions([]),
    flags: withFlags && reply.ephemeral === true ? MessageFlags.Ephemeral : undefined,
    ...(files.length === 0 ? {} : { attachments: files.map((file, id) => ({ id, filename: file.name })) }),
  };
  if (files.length === 0) return { data, files: {} };
  return {
    data,
    files: {
      files: files.map((file, id) => ({
        key: `files[${id}]`,
        name: file.name,
        data: fileBytes(file),
        ...(file.contentType === undefined ? {} : { contentType: file.contentType }),
      })),
    },
  };
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
  await sendCallback(rest, interaction, modalCallback(modal));
}

/**
 * A form (callback type 9, MODAL).
 * @param modal - the form
 * @throws InvalidRequest when the form breaks Discord's limits
 */
export function modalCallback(modal: ModalSpec): InteractionCallback {
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
          ...(input.value === undefined ? {} : { value: input.value }),
        },
      })),
    },
  };
  return { body, files: {} };
}
