import type { DomainEventOf } from '../../../core/DomainEvent.js';

type Interaction = DomainEventOf<'interaction.command'>;

/**
 * A text (or user, channel, role: their ids) option, trimmed; null when not given.
 * @param interaction - the command
 * @param name - the option
 */
export function textOption(interaction: Interaction, name: string): string | null {
  const value = interaction.payload.options[name];
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

/**
 * A whole-number option; null when not given or not a whole number.
 * @param interaction - the command
 * @param name - the option
 */
export function integerOption(interaction: Interaction, name: string): number | null {
  const value = interaction.payload.options[name];
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : null;
}
