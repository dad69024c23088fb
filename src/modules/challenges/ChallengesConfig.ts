import { z } from 'zod';
import { roleRef } from '../../config/checkReferencesRegistry.js';
import { ContestsConfig } from './contests/contestsConfig.js';
import { ShowcasesConfig } from './showcases/showcasesConfig.js';

/** The `challenges:` section of community.yaml. */
export const ChallengesConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    staffRoles: z
      .array(roleRef(z.string().trim().min(1).max(100)))
      .default([])
      .describe(
        "Roles that run challenges and showcases (and the owner and Administrator). Empty: the dashboard's admin and moderator roles (`dashboard.roles`).",
      ),
    contests: ContestsConfig,
    showcases: ShowcasesConfig,
  })
  .strict()
  .prefault({});

export type ChallengesConfig = z.infer<typeof ChallengesConfig>;
