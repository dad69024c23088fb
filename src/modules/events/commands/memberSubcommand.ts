import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { InteractionResponse } from '../../../platform/Platform.js';
import type { EventsContext } from '../EventsContext.js';

/** Answers one subcommand of `/events`. */
export type MemberSubcommand = (
  interaction: DomainEventOf<'interaction.command'>,
  ctx: EventsContext,
) => Promise<InteractionResponse>;
