import type { CommandOptionValue } from '../../core/DomainEvent.js';
import { UserError } from '../../core/errors.js';
import { subcommandsOf } from '../commandRules.js';
import type { SlashCommandDefinition, SlashCommandValueOption } from '../Platform.js';
import type { SandboxDatabase } from './SandboxTables.js';

/** The table that holds the ids a user/channel/role option must name. */
const REFERENCED = { user: 'sandbox_users', channel: 'sandbox_channels', role: 'sandbox_roles' } as const;

/** Checks one value against its option's type and choices; returns what is wrong, or null. */
function typeProblem(option: SlashCommandValueOption, value: CommandOptionValue): string | null {
  const expected =
    option.type === 'boolean' ? 'boolean' : option.type === 'integer' || option.type === 'number' ? 'number' : 'string';
  if (typeof value !== expected) return `must be ${/^[aeiou]/.test(option.type) ? 'an' : 'a'} ${option.type}`;
  if (option.type === 'integer' && !Number.isInteger(value)) return 'must be an integer';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'must be a finite number';
  if (option.choices !== undefined && !option.choices.some((c) => c.value === value)) {
    return `must be one of ${option.choices.map((c) => JSON.stringify(c.value)).join(', ')}`;
  }
  return null;
}

/**
 * Checks what a member invoked against a registered command, as Discord's client would
 * before sending: a command with subcommands is run through one of them (and only then),
 * no unknown options, required ones present, types, choices, and that user, channel and
 * role options name something that exists.
 * @param db - the sandbox database
 * @param command - the registered definition
 * @param subcommand - the subcommand invoked, or null
 * @param options - what the member typed (the subcommand's options when there is one)
 * @throws UserError naming the command, the option and the problem
 */
export async function validateCommandOptions(
  db: SandboxDatabase,
  command: SlashCommandDefinition,
  subcommand: string | null,
  options: Record<string, CommandOptionValue>,
): Promise<void> {
  const subcommands = subcommandsOf(command);
  let optionList: readonly SlashCommandValueOption[];
  let where = `/${command.name}`;
  if (subcommands.length === 0) {
    if (subcommand !== null) throw new UserError(`${where} has no subcommands (got "${subcommand}")`);
    optionList = (command.options ?? []).filter((o): o is SlashCommandValueOption => o.type !== 'subcommand');
  } else {
    const names = subcommands.map((s) => s.name).join(', ');
    if (subcommand === null) throw new UserError(`${where}: choose a subcommand (${names})`);
    const chosen = subcommands.find((s) => s.name === subcommand);
    if (chosen === undefined) throw new UserError(`${where} has no subcommand "${subcommand}" (${names})`);
    optionList = chosen.options ?? [];
    where = `${where} ${chosen.name}`;
  }
  const defined = new Map(optionList.map((o) => [o.name, o]));
  const problems: string[] = [];
  for (const name of Object.keys(options)) {
    if (!defined.has(name)) problems.push(`unknown option "${name}"`);
  }
  for (const option of defined.values()) {
    const value = options[option.name];
    if (value === undefined) {
      if (option.required === true) problems.push(`option "${option.name}" is required`);
      continue;
    }
    const problem = typeProblem(option, value);
    if (problem !== null) {
      problems.push(`option "${option.name}" ${problem}`);
      continue;
    }
    if (option.type === 'user' || option.type === 'channel' || option.type === 'role') {
      const found = await db
        .selectFrom(REFERENCED[option.type])
        .select('id')
        .where('id', '=', String(value))
        .executeTakeFirst();
      if (found === undefined) problems.push(`option "${option.name}": no ${option.type} has id ${String(value)}`);
    }
  }
  if (problems.length > 0) throw new UserError(`${where}: ${problems.join('; ')}`);
}
