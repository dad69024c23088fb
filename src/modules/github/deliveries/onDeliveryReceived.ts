import type { DomainEventOf } from '../../../core/DomainEvent.js';
import { discordIdsFor } from '../accounts/linkedMembers.js';
import type { GithubContext } from '../GithubContext.js';
import { routeTargets } from './channelsFor.js';
import { settleDelivery } from './deliveryRecords.js';
import { deliveryEmbed, loginsOf } from './deliveryEmbed.js';
import { postDelivery } from './postDelivery.js';

/**
 * Routes an accepted delivery: one notice per channel its routes name (mentioning the linked
 * members of the logins involved), then records the status (`routed` with the channels,
 * `filtered` with the reason, an unknown event left `unknown`, `failed` when posting threw).
 * @param event - `github.delivery_received`
 * @param ctx - module context
 */
export async function onDeliveryReceived(
  event: DomainEventOf<'github.delivery_received'>,
  ctx: GithubContext,
): Promise<void> {
  const delivery = event.payload;
  const guildId = event.guildId;
  const known = delivery.subject !== null;
  const { targets, reason } = await routeTargets(ctx, guildId, delivery);
  if (targets.length === 0) {
    await settleDelivery(ctx, guildId, delivery.deliveryId, {
      status: known ? 'filtered' : 'unknown',
      reason: known ? reason : `unknown event; ${reason ?? 'no route'}`,
      channels: [],
    });
    return;
  }
  const linked = await discordIdsFor(ctx, guildId, loginsOf(delivery));
  const userIds = [...new Set(linked.values())];
  const message = {
    ...(userIds.length === 0
      ? {}
      : { content: userIds.map((id) => `<@${id}>`).join(' '), allowedUserMentions: userIds }),
    embeds: [deliveryEmbed(delivery, event.occurredAt)],
  };
  const posted: string[] = [];
  try {
    for (const target of targets) posted.push(await postDelivery(ctx, guildId, delivery, target, message));
  } catch (error) {
    ctx.log.error({ deliveryId: delivery.deliveryId, err: error }, 'github: posting a delivery failed');
    await settleDelivery(ctx, guildId, delivery.deliveryId, {
      status: 'failed',
      reason: error instanceof Error ? error.message.slice(0, 300) : 'posting failed',
      channels: posted,
    });
    return;
  }
  await settleDelivery(ctx, guildId, delivery.deliveryId, {
    status: 'routed',
    reason: known ? null : 'unknown event, posted as a generic notice',
    channels: posted,
  });
}
