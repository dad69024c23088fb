import type { GithubContext } from '../GithubContext.js';
import type { DeliveryList, DeliveryStats } from './DeliveriesApi.js';
import { deliveriesDb, type DeliveryStatus } from './deliveriesTables.js';

const DAY_MS = 86_400_000;

const channelList = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((c): c is string => typeof c === 'string') : [];
};

/**
 * The latest deliveries, newest first.
 * @param ctx - module context
 * @param guildId - the guild
 * @param status - only this status, or all
 * @param limit - at most
 */
export async function listDeliveries(
  ctx: Pick<GithubContext, 'db'>,
  guildId: string,
  status: DeliveryStatus | undefined,
  limit: number,
): Promise<DeliveryList> {
  let query = deliveriesDb(ctx.db).selectFrom('github_deliveries').selectAll().where('guild_id', '=', guildId);
  if (status !== undefined) query = query.where('status', '=', status);
  const rows = await query.orderBy('received_at', 'desc').orderBy('delivery_id').limit(limit).execute();
  return {
    deliveries: rows.map((r) => ({
      deliveryId: r.delivery_id,
      receivedAt: r.received_at,
      event: r.event,
      action: r.action,
      repository: r.repository,
      sender: r.sender,
      status: r.status,
      reason: r.reason,
      channels: channelList(r.channels),
    })),
  };
}

/**
 * Delivery counts over the last `days` days: per event, per status, per both, and per day.
 * @param ctx - module context
 * @param guildId - the guild
 * @param days - days back from now
 */
export async function deliveryStats(
  ctx: Pick<GithubContext, 'db' | 'clock'>,
  guildId: string,
  days: number,
): Promise<DeliveryStats> {
  const now = ctx.clock.now();
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const since = today - (days - 1) * DAY_MS;
  const rows = await deliveriesDb(ctx.db)
    .selectFrom('github_deliveries')
    .select(['event', 'status', 'received_at'])
    .where('guild_id', '=', guildId)
    .where('received_at', '>=', since)
    .execute();
  const tally = <K extends string>(keys: K[]): { key: K; count: number }[] => {
    const counts = new Map<K, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return [...counts]
      .map(([key, n]) => ({ key, count: n }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };
  const daily = Array.from({ length: days }, (_, i) => ({
    day: new Date(since + i * DAY_MS).toISOString().slice(0, 10),
    count: 0,
    failed: 0,
  }));
  for (const r of rows) {
    const slot = daily[Math.floor((r.received_at - since) / DAY_MS)];
    if (slot === undefined) continue;
    slot.count += 1;
    if (r.status === 'failed') slot.failed += 1;
  }
  return {
    days,
    total: rows.length,
    byEvent: tally(rows.map((r) => r.event)).map(({ key, count }) => ({ event: key, count })),
    byStatus: tally(rows.map((r) => r.status)).map(({ key, count }) => ({ status: key, count })),
    byEventStatus: tally(rows.map((r) => `${r.event}\u0000${r.status}`)).map(({ key, count }) => {
      const [event = '', status = 'received'] = key.split('\u0000');
      return { event, status: status as DeliveryStatus, count };
    }),
    daily,
  };
}
