import type { DomainEventOf } from '../../../core/DomainEvent.js';

type Command = DomainEventOf<'interaction.command'>;

/**
 * A string option of a slash command (a user option is the user's id), or null.
 * @param interaction - the command
 * @param name - the option
 */
export function stringOption(interaction: Command, name: string): string | null {
  const value = interaction.payload.options[name];
  return typeof value === 'string' ? value : null;
}

/**
 * A boolean option of a slash command, or null.
 * @param interaction - the command
 * @param name - the option
 */
export function boolOption(interaction: Command, name: string): boolean | null {
  const value = interaction.payload.options[name];
  return typeof value === 'boolean' ? value : null;
}

/**
 * An integer option of a slash command, or null.
 * @param interaction - the command
 * @param name - the option
 */
export function intOption(interaction: Command, name: string): number | null {
  const value = interaction.payload.options[name];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}
