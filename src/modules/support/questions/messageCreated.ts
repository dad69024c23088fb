import type { DomainEventOf } from '../../../core/DomainEvent.js';
import type { SupportContext } from '../SupportContext.js';
import { autoThread } from './autoThread.js';
import { helpChannels, supportActive } from './helpChannels.js';
import { recordMessage } from './recordMessage.js';

/**
 * `message.created`: a member's top-level message in a help text channel starts a question
 * thread (`support.autoThread`); a message in a question's thread is recorded
 * ({@link recordMessage}).
 * @param event - the message
 * @param ctx - module context
 */
export async function questionMessageCreated(
  event: DomainEventOf<'message.created'>,
  ctx: SupportContext,
): Promise<void> {
  if (!supportActive(ctx)) return;
  const question = await recordMessage(event, ctx);
  if (question !== undefined || event.payload.authorBot || !ctx.config.autoThread) return;
  const channel = (await helpChannels(ctx, event.guildId)).byId.get(event.payload.channelId);
  if (channel !== undefined && channel.kind !== 'forum') await autoThread(event, ctx, channel);
}
