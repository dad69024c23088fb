import type {
  CommandRun,
  SlashCommandDefinition,
  SlashCommandOption,
  SlashCommandValueOption,
} from '../api/sandboxApi.js';

/** The subcommands of a command (empty for a command without). */
export function subcommandsOf(command: SlashCommandDefinition): Extract<SlashCommandOption, { type: 'subcommand' }>[] {
  return (command.options ?? []).filter(
    (o): o is Extract<SlashCommandOption, { type: 'subcommand' }> => o.type === 'subcommand',
  );
}

/**
 * The options the member fills in: the subcommand's, or the command's own.
 * @param command - the definition
 * @param subcommand - the chosen subcommand's name, if the command has them
 */
export function valueOptionsOf(command: SlashCommandDefinition, subcommand: string | null): SlashCommandValueOption[] {
  const subcommands = subcommandsOf(command);
  if (subcommands.length > 0) return subcommands.find((s) => s.name === subcommand)?.options ?? [];
  return (command.options ?? []).filter((o): o is SlashCommandValueOption => o.type !== 'subcommand');
}

/** A command ready to run, with how the answer names it; or why it cannot run yet. */
export type BuiltRun = { ok: true; run: CommandRun; label: string } | { ok: false; error: string };

/**
 * Turns what the form holds (text of each field, by option name) into the values the sandbox
 * API takes: numbers for integer and number options (and numeric choices), booleans for
 * boolean ones, ids as they are; empty optional fields left out.
 * @param command - the definition
 * @param subcommand - the chosen subcommand (null for a command without)
 * @param fields - the form's text per option name
 * @param describe - how a user, channel or role id reads in the label (`@ada`)
 */
export function buildCommandRun(
  command: SlashCommandDefinition,
  subcommand: string | null,
  fields: Readonly<Record<string, string>>,
  describe: (option: SlashCommandValueOption, value: string) => string,
): BuiltRun {
  if (subcommandsOf(command).length > 0 && subcommand === null) return { ok: false, error: 'Pick a subcommand' };
  const options: Record<string, string | number | boolean> = {};
  const parts: string[] = [];
  for (const option of valueOptionsOf(command, subcommand)) {
    const raw = (fields[option.name] ?? '').trim();
    if (raw === '') {
      if (option.required === true) return { ok: false, error: `${option.name} is required` };
      continue;
    }
    const value = typed(option, raw);
    if (value === null) return { ok: false, error: `${option.name}: ${expected(option)}` };
    options[option.name] = value;
    parts.push(`${option.name}: ${describe(option, raw)}`);
  }
  const name = [command.name, subcommand].filter((p): p is string => p !== null).join(' ');
  return {
    ok: true,
    run: { name: command.name, ...(subcommand === null ? {} : { subcommand }), options },
    label: [name, ...parts].join(' '),
  };
}

function typed(option: SlashCommandValueOption, raw: string): string | number | boolean | null {
  const choice = option.choices?.find((c) => String(c.value) === raw);
  if (option.choices !== undefined && option.choices.length > 0) return choice === undefined ? null : choice.value;
  switch (option.type) {
    case 'integer':
      return /^-?\d+$/.test(raw) ? Number(raw) : null;
    case 'number':
      return Number.isFinite(Number(raw)) ? Number(raw) : null;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : null;
    case 'string':
    case 'user':
    case 'channel':
    case 'role':
      return raw;
  }
}

function expected(option: SlashCommandValueOption): string {
  if (option.choices !== undefined && option.choices.length > 0) return 'pick one of the choices';
  if (option.type === 'integer') return 'a whole number';
  if (option.type === 'number') return 'a number';
  if (option.type === 'boolean') return 'true or false';
  return 'invalid';
}
