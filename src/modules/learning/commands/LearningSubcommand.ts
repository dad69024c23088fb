import type { InteractionResponse } from '../../../platform/Platform.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { LearningContext } from '../LearningContext.js';

/** One subcommand of `/learn`, `/mentor` or `/study-groups`. */
export type LearningSubcommand = (
  interaction: DomainEventOf<'interaction.command'>,
  ctx: LearningContext,
) => Promise<InteractionResponse>;
