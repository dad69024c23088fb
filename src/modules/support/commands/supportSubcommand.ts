import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { InteractionReply } from '../../../platform/Platform.js';
import type { SupportContext } from '../SupportContext.js';

/** One subcommand of `/support`, run once the member is known to be staff. */
export type SupportSubcommand = (
  interaction: DomainEventOf<'interaction.command'>,
  ctx: SupportContext,
) => Promise<InteractionReply>;
