import type { InteractionRef, InteractionReply, SlashCommandDefinition } from '../types/Interaction.js';
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
}
