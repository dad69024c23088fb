import type { PermissionName } from '../discordLimits.js';
import type { Embed } from './Embed.js';
import type { ActionRow } from './MessageComponents.js';
import type { ModalSpec } from './Modal.js';

/**
 * A guild slash command (chat-input command).
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 */
export interface SlashCommandDefinition {
  /**
   * `chat` (default): a slash command. `message`: a message context-menu command (right-click
   * a message → Apps), invoked as `interaction.command` with `targetMessage`; its name is what
   * members see (1–32 characters, spaces and capitals allowed), it has no options and its
   * description is not sent.
   * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-types
   */
  type?: 'chat' | 'message';
  /** 1–32 lower-case letters, digits, `-` or `_` (a `message` command: any 1–32 characters). */
  name: string;
  /** 1–100 characters. */
  description: string;
  /** Up to 25, required ones first. */
  options?: SlashCommandOption[];
  /**
   * Who may see and use the command unless the server's admins decide otherwise (Server
   * Settings → Integrations): members holding every one of these permissions (Administrators
   * always can); `[]` means Administrators only; absent means everyone. Discord's own gate,
   * sent as `default_member_permissions`: a command's handler still checks who runs it.
   * @see https://discord.com/developers/docs/interactions/application-commands#permissions
   */
  defaultMemberPermissions?: PermissionName[];
}

/**
 * One option of a {@link SlashCommandDefinition}: a value the member fills in, or a
 * subcommand (`/privacy export`) with its own options. A command's options are either all
 * subcommands or all values, as Discord requires.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-structure
 */
export type SlashCommandOption = SlashCommandValueOption | SlashCommandSubcommand;

/**
 * An option the member fills in.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-structure
 */
export interface SlashCommandValueOption {
  /** 1–32 lower-case letters, digits, `-` or `_`. */
  name: string;
  /** 1–100 characters. */
  description: string;
  /** What the member fills in. */
  type: 'string' | 'integer' | 'number' | 'boolean' | 'user' | 'channel' | 'role';
  /** Default false. */
  required?: boolean;
  /** Up to 25 fixed values (string, integer and number options only). */
  choices?: { name: string; value: string | number }[];
}

/**
 * A subcommand (Discord option type 1, SUB_COMMAND): `/privacy export` is the subcommand
 * `export` of `/privacy`. The interaction event names it in `subcommand` and carries its
 * options in `options`. Subcommand groups are not supported.
 * @see https://discord.com/developers/docs/interactions/application-commands#subcommands-and-subcommand-groups
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type
 */
export interface SlashCommandSubcommand {
  /** 1–32 lower-case letters, digits, `-` or `_`. */
  name: string;
  /** 1–100 characters. */
  description: string;
  type: 'subcommand';
  /** Up to 25 options (no subcommands), required ones first. */
  options?: SlashCommandValueOption[];
}

/**
 * Identifies an interaction to answer, as the `interaction.*` event carries it.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */
export interface InteractionRef {
  interactionId: string;
  /** Valid for 15 minutes (`INTERACTION_TOKEN_MS`). */
  token: string;
  channelId: string;
  /** Who invoked it. */
  userId: string;
}

/**
 * A message answering an interaction.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-messages
 */
export interface InteractionReply {
  /** Up to 2000 characters. */
  content?: string;
  embeds?: Embed[];
  components?: ActionRow[];
  /** Only the invoking member sees it. */
  ephemeral?: boolean;
  /**
   * Files attached to the reply (sent as `multipart/form-data`): at most 10, together at most
   * 10 MiB (`ATTACHMENT_LIMITS`, a guild's default upload limit), checked before sending.
   * @see https://discord.com/developers/docs/reference#uploading-files
   */
  files?: InteractionFile[];
}

/**
 * A file attached to an {@link InteractionReply}.
 * @see https://discord.com/developers/docs/reference#uploading-files
 * @see https://discord.com/developers/docs/resources/message#attachment-object
 */
export interface InteractionFile {
  /** The file name members see and download it as (`guildhall-export-123.json`); not empty. */
  name: string;
  /** The content: text (sent as UTF-8) or bytes. */
  data: string | Uint8Array;
  /** Media type, e.g. `application/json`; Discord guesses from the name when absent. */
  contentType?: string;
}

/** How an interaction is deferred (`InteractionPort.deferReply`). */
export interface DeferOptions {
  /** Only the invoking member sees the answer (decided now: the later edit keeps it). */
  ephemeral?: boolean;
}

/** What a component handler answers: a message, or a form to fill in. */
export type InteractionResponse = InteractionReply | { modal: ModalSpec };
