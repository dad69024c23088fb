import type { InteractionResponse } from '../../../platform/Platform.js';
import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { FeedbackContext } from '../FeedbackContext.js';

/** One subcommand of `/feedback` or `/feedback-staff`. */
export type FeedbackSubcommand = (
  interaction: DomainEventOf<'interaction.command'>,
  ctx: FeedbackContext,
) => Promise<InteractionResponse>;
