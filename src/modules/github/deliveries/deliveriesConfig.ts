import { z } from 'zod';

/** The `github.deliveries` settings. */
export const DeliveriesConfig = z.object({}).strict().prefault({});

export type DeliveriesConfig = z.infer<typeof DeliveriesConfig>;
