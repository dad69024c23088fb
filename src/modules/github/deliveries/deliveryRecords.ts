import type { GithubContext } from '../GithubContext.js';
import type { GithubDelivery } from './GithubDelivery.js';
import { deliveriesDb, type DeliveryStatus } from './deliveriesTables.js';

const DAY_MS = 86_400_000;

/**
 * Whether a delivery id was already accepted in this guild (a redelivery).
 * @param ctx - module context
 * @param guildId - the guild
 * @param deliveryId - `X-GitHub-Delivery`
 */
export async function deliverySeen(ctx: GithubContext, guildId: string, deliveryId: string): Promise<boolean> {
  const row = await deliveriesDb(ctx.db)
    .selectFrom('github_deliveries')
    .select('delivery_id')
    .where('guild_id', '=', guildId)
    .where('delivery_id', '=', deliveryId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Records an accepted delivery (and prunes records older than `keepDays`).
 * @param ctx - module context
 * @param guildId - the guild
 * @param delivery - the normalised delivery
 * @param status - what became of it so far
 * @param reason - why, when not routed
 */
export async function recordDelivery(
  ctx: GithubContext,
  guildId: string,
  delivery: Pick<GithubDelivery, 'deliveryId' | 'event' | 'action' | 'repository' | 'sender'>,
  status: DeliveryStatus,
  reason: string | null,
): Promise<void> {
  const db = deliveriesDb(ctx.db);
  const now = ctx.clock.now();
  await db
    .deleteFrom('github_deliveries')
    .where('guild_id', '=', guildId)
    .where('received_at', '<', now - ctx.config.deliveries.keepDays * DAY_MS)
    .execute();
  await db
    .insertInto('github_deliveries')
    .values({
      guild_id: guildId,
      delivery_id: delivery.deliveryId,
      event: delivery.event,
      action: delivery.action,
      repository: delivery.repository,
      sender: delivery.sender?.login ?? null,
      received_at: now,
      status,
      reason,
      channels: '[]',
    })
    .execute();
}

/**
 * Sets what became of a delivery once routed.
 * @param ctx - module context
 * @param guildId - the guild
 * @param deliveryId - the delivery
 * @param outcome - status, reason and the channels posted in
 */
export async function settleDelivery(
  ctx: GithubContext,
  guildId: string,
  deliveryId: string,
  outcome: { status: DeliveryStatus; reason: string | null; channels: readonly string[] },
): Promise<void> {
  await deliveriesDb(ctx.db)
    .updateTable('github_deliveries')
    .set({ status: outcome.status, reason: outcome.reason, channels: JSON.stringify(outcome.channels) })
    .where('guild_id', '=', guildId)
    .where('delivery_id', '=', deliveryId)
    .execute();
}
