import type { CommandOptionValue } from '../../core/DomainEvent.js';
import { UserError } from '../../core/errors.js';
import type { SlashCommandDefinition, SlashCommandOption } from '../Platform.js';
import type { SandboxDatabase } from './SandboxTables.js';

/** The table that holds the ids a user/channel/role option must name. */
const REFERENCED = { user: 'sandbox_users', channel: 'sandbox_channels', role: 'sandbox_roles' } as const;

/** Checks one value against its option's type and choices; returns what is wrong, or null. */
function typeProblem(option: SlashCommandOption, value: CommandOptionValue): string | null {
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
 * Checks a member's options against a registered command, as Discord's client would before
 * sending: no unknown options, required ones present, types, choices, and that user,
 * channel and role options name something that exists.
 * @param db - the sandbox database
 * @param command - the registered definition
 * @param options - what the member typed
 * @throws UserError naming the command, the option and the problem
 */
export async function validateCommandOptions(
  db: SandboxDatabase,
  command: SlashCommandDefinition,
  options: Record<string, CommandOptionValue>,
): Promise<void> {
  const defined = new Map((command.options ?? []).map((o) => [o.name, o]));
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
  if (problems.length > 0) throw new UserError(`/${command.name}: ${problems.join('; ')}`);
}
