import type { DeferOptions, InteractionRef, InteractionReply, SlashCommandDefinition } from '../types/Interaction.js';
import type { ModalSpec } from '../types/Modal.js';

/** Slash commands and answers to interactions (commands, buttons, selects, modals). */
export interface InteractionPort {
  /**
   * Replaces the guild's slash commands with `commands` (bulk overwrite); a command may have
   * subcommands, invoked as `interaction.command` with `subcommand` set.
   * @param guildId - the guild
   * @param commands - the complete set; commands not listed are deleted
   * @throws InvalidRequest, before any request, when a definition breaks Discord's rules (`commandRules.ts`)
   * @see https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-guild-application-commands
   * @see https://discord.com/developers/docs/interactions/application-commands#subcommands-and-subcommand-groups
   */
  registerCommands(guildId: string, commands: SlashCommandDefinition[]): Promise<void>;

  /**
   * Answers an interaction (slash command, button, select, modal) with a message, once,
   * within 15 minutes; with `files`, the files are attached (a multipart upload on Discord).
   * @param interaction - id and token from the interaction event
   * @param reply - the answer
   * @throws InvalidRequest when it breaks message limits or attachment limits (`ATTACHMENT_LIMITS`:
   *   10 files, 10 MiB; code 40005 when too large), or was already answered
   * @throws NotFound (`interaction`) once the token expired
   * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-interaction-response
   * @see https://discord.com/developers/docs/reference#uploading-files
   */
  respondToInteraction(interaction: InteractionRef, reply: InteractionReply): Promise<void>;

  /**
   * Answers a slash command or component interaction with a form (a modal); what the member
   * submits arrives as `interaction.modal`. A modal cannot answer a modal submission.
   * @param interaction - id and token from the interaction event
   * @param modal - the form
   * @throws InvalidRequest, before any request, when the form breaks Discord's limits (`MODAL_LIMITS`)
   * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
   */
  showModal(interaction: InteractionRef, modal: ModalSpec): Promise<void>;

  /**
   * Acknowledges an interaction now and answers it later (within 15 minutes) with
   * {@link InteractionPort.editReply}: callback type 5, DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
   * (Discord shows "… is thinking"). Whether the answer is ephemeral is decided here (flags 64):
   * the edit cannot change it. Answers Discord's 3-second deadline for slow work.
   * @param interaction - id and token from the interaction event
   * @param options - `ephemeral`: only the invoking member sees the answer
   * @throws InvalidRequest (code 40060) when it was already answered or deferred
   * @throws NotFound (`interaction`) once the 3 seconds (or the token) expired
   * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
   */
  deferReply(interaction: InteractionRef, options?: DeferOptions): Promise<void>;

  /**
   * Acknowledges a button or select interaction without a new message: callback type 6,
   * DEFERRED_UPDATE_MESSAGE. {@link InteractionPort.editReply} then edits the message the
   * component is on.
   * @param interaction - id and token of a component interaction
   * @throws InvalidRequest (code 40060) when it was already answered or deferred
   * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
   */
  deferUpdate(interaction: InteractionRef): Promise<void>;

  /**
   * Edits the original response: the deferred "thinking…" message (which becomes the answer),
   * or the message already sent as the answer (`PATCH /webhooks/{app}/{token}/messages/@original`).
   * The reply's `ephemeral` is ignored: the original keeps its visibility.
   * @param interaction - id and token from the interaction event
   * @param reply - the new content (fitted to the limits first)
   * @throws NotFound (`interaction`) when it was never acknowledged, or the token expired
   * @see https://discord.com/developers/docs/interactions/receiving-and-responding#edit-original-interaction-response
   */
  editReply(interaction: InteractionRef, reply: InteractionReply): Promise<void>;

  /**
   * Sends another message answering an acknowledged interaction (`POST /webhooks/{app}/{token}`),
   * ephemeral when asked. After a deferral, edit the original first: Discord makes the first
   * follow-up take the deferred message's place and visibility.
   * @param interaction - id and token from the interaction event
   * @param reply - the message
   * @throws NotFound (`interaction`) when it was never acknowledged, or the token expired
   * @see https://discord.com/developers/docs/interactions/receiving-and-responding#create-followup-message
   */
  followUp(interaction: InteractionRef, reply: InteractionReply): Promise<void>;
}
