import { z } from 'zod';
import { roleRef } from '../../config/checkReferencesRegistry.js';
import { DeliveriesConfig } from './deliveries/deliveriesConfig.js';
import { AccountsConfig } from './accounts/accountsConfig.js';

/** The `github:` section of community.yaml. */
export const GithubConfig = z
  .object({
    enabled: z.boolean().default(true).describe('Turn the module on or off.'),
    staffRoles: z
      .array(roleRef(z.string().trim().min(1).max(100)))
      .default([])
      .describe(
        "Roles that link accounts for others and see deliveries (and the owner and Administrator). Empty: the dashboard's admin and moderator roles (`dashboard.roles`).",
      ),
    deliveries: DeliveriesConfig,
    accounts: AccountsConfig,
  })
  .strict()
  .prefault({});

export type GithubConfig = z.infer<typeof GithubConfig>;
