// The request and response schemas of the deliveries dashboard API (/api/github/…). The
// dashboard's GitHub section reads these shapes: keep them stable.
import { z } from 'zod';
import { DELIVERY_STATUSES } from './deliveriesTables.js';

const count = z.number().int().min(0);
const Status = z.enum(DELIVERY_STATUSES);

/** `GET /api/github/deliveries` query. */
export const DeliveriesQuery = z.object({
  status: Status.optional().describe('Only deliveries with this status.'),
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Deliveries at most (default 50).'),
});

/** One recorded delivery. */
export const DeliveryView = z.object({
  deliveryId: z.string(),
  receivedAt: z.number().int(),
  event: z.string(),
  action: z.string().nullable(),
  repository: z.string().nullable(),
  /** The sender's GitHub login. */
  sender: z.string().nullable(),
  status: Status,
  reason: z.string().nullable(),
  /** Channel or forum post ids it was posted in. */
  channels: z.array(z.string()),
});
export type DeliveryView = z.infer<typeof DeliveryView>;

/** `GET /api/github/deliveries`. */
export const DeliveryList = z.object({ deliveries: z.array(DeliveryView) });
export type DeliveryList = z.infer<typeof DeliveryList>;

/** `GET /api/github/stats` query. */
export const StatsQuery = z.object({
  days: z.coerce.number().int().min(1).max(365).default(30).describe('Days back from now (default 30).'),
});

/** `GET /api/github/stats`. */
export const DeliveryStats = z.object({
  days: count,
  total: count,
  byEvent: z.array(z.object({ event: z.string(), count })),
  byStatus: z.array(z.object({ status: Status, count })),
  /** Counts per event and status. */
  byEventStatus: z.array(z.object({ event: z.string(), status: Status, count })),
  /** Deliveries per UTC day, oldest first (days without any included), and how many failed. */
  daily: z.array(z.object({ day: z.string(), count, failed: count })),
});
export type DeliveryStats = z.infer<typeof DeliveryStats>;
