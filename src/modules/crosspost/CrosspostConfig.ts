import { z } from 'zod';
import { roleRef } from '../../config/checkReferencesRegistry.js';
import { AnnouncementsConfig } from './announcements/announcementsConfig.js';

/** The `crosspost:` section of community.yaml. */
export const CrosspostConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    staffRoles: z
      .array(roleRef(z.string().trim().min(1).max(100)))
      .default([])
      .describe(
        "Roles that write and publish announcements (and the owner and Administrator). Empty: the dashboard's admin and moderator roles (`dashboard.roles`).",
      ),
    announcements: AnnouncementsConfig,
  })
  .strict()
  .prefault({});

export type CrosspostConfig = z.infer<typeof CrosspostConfig>;
