import { z } from 'zod';

/** The `crosspost.announcements` settings. */
export const AnnouncementsConfig = z.object({}).strict().prefault({});

export type AnnouncementsConfig = z.infer<typeof AnnouncementsConfig>;
