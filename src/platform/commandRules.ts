import { COMMAND_LIMITS } from './discordLimits.js';
import { InvalidRequest } from './PlatformError.js';
import type {
  SlashCommandDefinition,
  SlashCommandOption,
  SlashCommandSubcommand,
  SlashCommandValueOption,
} from './types/Interaction.js';

/** 1–32 characters (`COMMAND_LIMITS.name`): letters, digits, `-`, `_` (and Devanagari, Thai). */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** A message command's name: 1–32 characters, capitals and spaces allowed. */
const MESSAGE_COMMAND_NAME = /^[-_ \p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/**
 * Checks the rules Discord enforces on guild commands, so a bad definition fails with a clear
 * message before any request (Discord adapter) or write (sandbox): at most 100 slash commands
 * with distinct lower-case names of 1–32 characters, descriptions of 1–100; per level at most
 * 25 options with distinct names, required ones first; choices only on string, integer and
 * number options, at most 25, of the option's type; options either all subcommands or none,
 * and a subcommand's options never subcommands. Besides them at most 5 message context-menu
 * commands (`type: 'message'`) with distinct names of 1–32 characters (capitals and spaces
 * allowed), no options, their description not checked (Discord takes none).
 * @param commands - the whole set that will replace the guild's commands
 * @throws InvalidRequest naming the command, the option and the rule
 * @see https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
 * @see https://discord.com/developers/docs/interactions/application-commands#subcommands-and-subcommand-groups
 * @see https://discord.com/developers/docs/interactions/application-commands#message-commands
 */
export function assertCommandsValid(commands: readonly SlashCommandDefinition[]): void {
  const messageCommands = commands.filter(isMessageCommand);
  const slashCommands = commands.filter((c) => !isMessageCommand(c));
  if (slashCommands.length > COMMAND_LIMITS.perGuild) {
    throw new InvalidRequest(`at most ${COMMAND_LIMITS.perGuild} slash commands per guild`);
  }
  if (messageCommands.length > COMMAND_LIMITS.messageCommands) {
    throw new InvalidRequest(`at most ${COMMAND_LIMITS.messageCommands} message commands per guild`);
  }
  const seenMessage = new Set<string>();
  for (const command of messageCommands) assertMessageCommand(command, seenMessage);
  const seen = new Set<string>();
  for (const command of slashCommands) {
    const where = `/${command.name}`;
    assertName(command.name, where);
    if (seen.has(command.name)) throw new InvalidRequest(`${where} is defined twice`);
    seen.add(command.name);
    assertDescription(command.description, where);
    const options = command.options ?? [];
    const subcommands = options.filter((o) => o.type === 'subcommand');
    if (subcommands.length > 0 && subcommands.length < options.length) {
      throw new InvalidRequest(`${where}: options are either all subcommands or none`);
    }
    assertOptionList(options, where, false);
    for (const sub of subcommands) assertOptionList(sub.options ?? [], `${where} ${sub.name}`, true);
  }
}

/**
 * Whether a definition is a message context-menu command (`type: 'message'`).
 * @param command - a definition
 */
export function isMessageCommand(command: SlashCommandDefinition): boolean {
  return command.type === 'message';
}

/** A message command: its name, unique among message commands, and no options. */
function assertMessageCommand(command: SlashCommandDefinition, seen: Set<string>): void {
  const where = `message command "${command.name}"`;
  if (!MESSAGE_COMMAND_NAME.test(command.name) || command.name.trim() !== command.name) {
    throw new InvalidRequest(
      `${where}: names are 1–${COMMAND_LIMITS.name} letters, digits, spaces, - or _ (no leading or trailing space)`,
    );
  }
  if (seen.has(command.name)) throw new InvalidRequest(`${where} is defined twice`);
  seen.add(command.name);
  if ((command.options ?? []).length > 0) throw new InvalidRequest(`${where}: message commands take no options`);
}

/** Checks one level of options (a command's, or a subcommand's when `nested`). */
function assertOptionList(options: readonly SlashCommandOption[], where: string, nested: boolean): void {
  if (options.length > COMMAND_LIMITS.options) {
    throw new InvalidRequest(`${where} has more than ${COMMAND_LIMITS.options} options`);
  }
  const names = new Set<string>();
  let optionalSeen = false;
  for (const option of options) {
    const at = `${where} option ${option.name}`;
    assertName(option.name, at);
    if (names.has(option.name)) throw new InvalidRequest(`${at} is defined twice`);
    names.add(option.name);
    assertDescription(option.description, at);
    if (option.type === 'subcommand') {
      if (nested) throw new InvalidRequest(`${at}: a subcommand's options cannot be subcommands`);
      continue;
    }
    if (option.required === true && optionalSeen) throw new InvalidRequest(`${at}: required options come first`);
    if (option.required !== true) optionalSeen = true;
    assertChoices(option, at);
  }
}

function assertName(name: string, where: string): void {
  if (!NAME.test(name) || name !== name.toLowerCase()) {
    throw new InvalidRequest(`${where}: names are 1–${COMMAND_LIMITS.name} lower-case letters, digits, - or _`);
  }
}

function assertDescription(description: string, where: string): void {
  if (description.length < 1 || description.length > COMMAND_LIMITS.description) {
    throw new InvalidRequest(`${where}: description must be 1–${COMMAND_LIMITS.description} characters`);
  }
}

function assertChoices(option: SlashCommandValueOption, where: string): void {
  if (option.choices === undefined) return;
  if (option.type !== 'string' && option.type !== 'integer' && option.type !== 'number') {
    throw new InvalidRequest(`${where}: only string, integer and number options have choices`);
  }
  if (option.choices.length > COMMAND_LIMITS.choices) {
    throw new InvalidRequest(`${where}: at most ${COMMAND_LIMITS.choices} choices`);
  }
  for (const choice of option.choices) {
    const ok =
      option.type === 'string'
        ? typeof choice.value === 'string'
        : typeof choice.value === 'number' && (option.type === 'number' || Number.isInteger(choice.value));
    if (!ok) throw new InvalidRequest(`${where}: choice ${choice.name} is not a ${option.type}`);
  }
}

/**
 * The subcommands of a command (empty when it has none).
 * @param command - a definition
 */
export function subcommandsOf(command: SlashCommandDefinition): SlashCommandSubcommand[] {
  return (command.options ?? []).filter((o): o is SlashCommandSubcommand => o.type === 'subcommand');
}
