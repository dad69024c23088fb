import type { DomainEventOf } from '../../../core/DomainEvent.js';

/**
 * The member a command is about: its `member` option, or whoever ran it.
 * @param interaction - the command
 */
export function targetMember(interaction: DomainEventOf<'interaction.command'>): { userId: string; self: boolean } {
  const option = interaction.payload.options.member;
  const userId = typeof option === 'string' ? option : interaction.payload.userId;
  return { userId, self: userId === interaction.payload.userId };
}
