import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { InteractionResponse } from '../../../platform/Platform.js';
import type { ChallengesContext } from '../ChallengesContext.js';

/** One subcommand of `/challenge` or `/challenge-staff`. */
export type ContestSubcommand = (
  interaction: DomainEventOf<'interaction.command'>,
  ctx: ChallengesContext,
) => Promise<InteractionResponse>;
