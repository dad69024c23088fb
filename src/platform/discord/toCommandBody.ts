import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import { permissionBits } from '../permissionFlags.js';
import type { SlashCommandDefinition, SlashCommandOption, SlashCommandValueOption } from '../Platform.js';

/**
 * Discord's option type number for each Guildhall option type.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type
 */
export const OPTION_TYPES = {
  subcommand: ApplicationCommandOptionType.Subcommand,
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  user: ApplicationCommandOptionType.User,
  channel: ApplicationCommandOptionType.Channel,
  role: ApplicationCommandOptionType.Role,
  number: ApplicationCommandOptionType.Number,
} as const satisfies Record<SlashCommandOption['type'], ApplicationCommandOptionType>;

/** One element of the Bulk Overwrite Guild Application Commands body. */
export interface CommandBody {
  type: ApplicationCommandType.ChatInput;
  name: string;
  description: string;
  options: (OptionBody | SubcommandBody)[];
  /** Permission bit set (decimal string) a member needs to see and use it; absent: everyone. */
  default_member_permissions?: string;
}

/**
 * A message context-menu command as Discord expects it: type 3, its name, no description
 * or options.
 */
export interface MessageCommandBody {
  type: ApplicationCommandType.Message;
  name: string;
  /** Permission bit set (decimal string) a member needs to see and use it; absent: everyone. */
  default_member_permissions?: string;
}

/** A value option as Discord expects it. */
export interface OptionBody {
  type: ApplicationCommandOptionType;
  name: string;
  description: string;
  required: boolean;
  choices?: { name: string; value: string | number }[];
}

/** A subcommand (type 1) with its options; Discord takes no `required` on it. */
export interface SubcommandBody {
  type: ApplicationCommandOptionType.Subcommand;
  name: string;
  description: string;
  options: OptionBody[];
}

/**
 * A `type: 'message'` definition as a message command (type 3): name and permissions only.
 * @param command - the definition
 * @see https://discord.com/developers/docs/interactions/application-commands#message-commands
 */
function toMessageCommandBody(command: SlashCommandDefinition): MessageCommandBody {
  const body: MessageCommandBody = { type: ApplicationCommandType.Message, name: command.name };
  if (command.defaultMemberPermissions !== undefined) {
    body.default_member_permissions = permissionBits(command.defaultMemberPermissions);
  }
  return body;
}

/**
 * A slash command definition as Discord's chat-input command JSON (a `type: 'message'` one
 * as a message command, see {@link toMessageCommandBody}), subcommands as options of
 * type 1 with their own `options`, `defaultMemberPermissions` as the `default_member_permissions`
 * bit set (what discord.js's `setDefaultMemberPermissions` sends).
 * @param command - the definition
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 * @see https://discord.com/developers/docs/interactions/application-commands#subcommands-and-subcommand-groups
 * @see https://discord.com/developers/docs/interactions/application-commands#permissions
 */
export function toCommandBody(command: SlashCommandDefinition): CommandBody | MessageCommandBody {
  if (command.type === 'message') return toMessageCommandBody(command);
  const body: CommandBody = {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description,
    options: (command.options ?? []).map((option) =>
      option.type === 'subcommand'
        ? {
            type: ApplicationCommandOptionType.Subcommand,
            name: option.name,
            description: option.description,
            options: (option.options ?? []).map(toOptionBody),
          }
        : toOptionBody(option),
    ),
  };
  if (command.defaultMemberPermissions !== undefined) {
    body.default_member_permissions = permissionBits(command.defaultMemberPermissions);
  }
  return body;
}

function toOptionBody(option: SlashCommandValueOption): OptionBody {
  const body: OptionBody = {
    type: OPTION_TYPES[option.type],
    name: option.name,
    description: option.description,
    required: option.required ?? false,
  };
  if (option.choices !== undefined) body.choices = option.choices.map((c) => ({ name: c.name, value: c.value }));
  return body;
}
