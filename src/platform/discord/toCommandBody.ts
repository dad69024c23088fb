import { ApplicationCommandOptionType, ApplicationCommandType } from 'discord.js';
import { PlatformRuleError } from '../../core/errors.js';
import type { SlashCommandDefinition, SlashCommandOption } from '../Platform.js';

/**
 * Discord's option type number for each Guildhall option type.
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type
 */
export const OPTION_TYPES = {
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
  options: OptionBody[];
}

/** A command option as Discord expects it. */
export interface OptionBody {
  type: ApplicationCommandOptionType;
  name: string;
  description: string;
  required: boolean;
  choices?: { name: string; value: string | number }[];
}

const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const MAX_COMMANDS = 100;
const MAX_OPTIONS = 25;
const MAX_CHOICES = 25;

/**
 * A slash command definition as Discord's chat-input command JSON.
 * @param command - the definition
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object
 */
export function toCommandBody(command: SlashCommandDefinition): CommandBody {
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description,
    options: (command.options ?? []).map((option) => {
      const body: OptionBody = {
        type: OPTION_TYPES[option.type],
        name: option.name,
        description: option.description,
        required: option.required ?? false,
      };
      if (option.choices !== undefined) body.choices = option.choices.map((c) => ({ name: c.name, value: c.value }));
      return body;
    }),
  };
}

/**
 * Checks the rules Discord enforces on guild commands, so a bad definition fails with a
 * clear message before any request.
 * @param commands - the whole set that will replace the guild's commands
 * @throws PlatformRuleError naming the command and the rule
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
 */
export function assertCommandsValid(commands: SlashCommandDefinition[]): void {
  if (commands.length > MAX_COMMANDS) throw new PlatformRuleError(`at most ${MAX_COMMANDS} slash commands per guild`);
  const seen = new Set<string>();
  for (const command of commands) {
    const where = `/${command.name}`;
    assertName(command.name, where);
    if (seen.has(command.name)) throw new PlatformRuleError(`${where} is defined twice`);
    seen.add(command.name);
    assertDescription(command.description, where);
    const options = command.options ?? [];
    if (options.length > MAX_OPTIONS) throw new PlatformRuleError(`${where} has more than ${MAX_OPTIONS} options`);
    let optionalSeen = false;
    for (const option of options) {
      const at = `${where} option ${option.name}`;
      assertName(option.name, at);
      assertDescription(option.description, at);
      if (option.required === true && optionalSeen) throw new PlatformRuleError(`${at}: required options come first`);
      if (option.required !== true) optionalSeen = true;
      assertChoices(option, at);
    }
  }
}

function assertName(name: string, where: string): void {
  if (!NAME.test(name) || name !== name.toLowerCase()) {
    throw new PlatformRuleError(`${where}: names are 1–32 lower-case letters, digits, - or _`);
  }
}

function assertDescription(description: string, where: string): void {
  if (description.length < 1 || description.length > 100)
    throw new PlatformRuleError(`${where}: description must be 1–100 characters`);
}

function assertChoices(option: SlashCommandOption, where: string): void {
  if (option.choices === undefined) return;
  if (option.type !== 'string' && option.type !== 'integer' && option.type !== 'number') {
    throw new PlatformRuleError(`${where}: only string, integer and number options have choices`);
  }
  if (option.choices.length > MAX_CHOICES) throw new PlatformRuleError(`${where}: at most ${MAX_CHOICES} choices`);
  for (const choice of option.choices) {
    const ok =
      option.type === 'string'
        ? typeof choice.value === 'string'
        : typeof choice.value === 'number' && (option.type === 'number' || Number.isInteger(choice.value));
    if (!ok) throw new PlatformRuleError(`${where}: choice ${choice.name} is not a ${option.type}`);
  }
}
