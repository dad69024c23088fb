import { z } from 'zod';
import { roleRef } from '../../config/checkReferencesRegistry.js';

const RoleName = roleRef(z.string().trim().min(1).max(100));

/** The `privacy:` section of community.yaml. */
export const PrivacyConfig = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .describe(
        'Turn the module on or off: /privacy and the daily retention job. The export-member and forget-member commands and the HTTP API work either way.',
      ),
    messageContentDays: z
      .number()
      .int()
      .min(0)
      .max(36_500)
      .default(90)
      .describe(
        'Days message content is kept (event log, sandbox, module tables); a daily job blanks older content, keeping ids, counts and points. 0 keeps it forever.',
      ),
    keepModerationRecords: z
      .boolean()
      .default(false)
      .describe(
        "When a member's data is erased, keep the moderation records about them (cases, appeals, evidence, moderation audit entries, pending sanction jobs). Default: erased too.",
      ),
    staffRoles: z
      .array(RoleName)
      .min(1)
      .default(['Moderator', 'Admin'])
      .describe(
        "Roles whose members may export or erase another member's data on that member's request (/privacy with member:). The server owner always may. Keep it in step with moderation.moderatorRoles.",
      ),
  })
  .strict()
  .default({ enabled: true, messageContentDays: 90, keepModerationRecords: false, staffRoles: ['Moderator', 'Admin'] });

export type PrivacyConfig = z.infer<typeof PrivacyConfig>;
