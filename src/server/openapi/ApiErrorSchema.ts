import { z } from 'zod';

/** Body of every 4xx answer of the dashboard API: `{ error: "<param>: <what is wrong>" }`. */
export const ApiErrorSchema = z.object({ error: z.string() });
