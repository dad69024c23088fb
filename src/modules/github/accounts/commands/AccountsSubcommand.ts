import type { DomainEventOf } from '../../../../core/DomainEvent.js';
import type { InteractionResponse } from '../../../../platform/Platform.js';
import type { GithubContext } from '../../GithubContext.js';

/** One subcommand of `/github`. */
export type AccountsSubcommand = (
  interaction: DomainEventOf<'interaction.command'>,
  ctx: GithubContext,
) => Promise<InteractionResponse>;

/**
 * A private answer.
 * @param content - the text
 */
export function privately(content: string): InteractionResponse {
  return { content, ephemeral: true };
}
