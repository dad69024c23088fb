import { z } from 'zod';
import { roleRef } from './checkReferencesRegistry.js';
import { Duration } from './Duration.js';

/** How long a dashboard session lasts by default: 7 days. */
export const DEFAULT_SESSION_TTL_MS = 7 * 86_400_000;

/** How often a signed-in user's Discord roles are checked again by default: 5 minutes. */
export const DEFAULT_ROLE_REFRESH_MS = 5 * 60_000;

const RoleNames = z
  .array(roleRef(z.string().min(1).max(100)))
  .max(50)
  .default([])
  .refine((names) => new Set(names).size === names.length, 'lists a role twice');

/**
 * The `dashboard:` section of community.yaml: who may sign in to the dashboard and with which
 * dashboard role (`admin` / `moderator` / `viewer`), from their Discord roles in the guild.
 * See docs/dashboard-auth.md.
 */
export const DashboardConfig = z
  .object({
    roles: z
      .object({
        admin: RoleNames.describe('Discord role names whose members are dashboard admins (everything).'),
        moderator: RoleNames.describe(
          'Discord role names whose members are dashboard moderators (cases, appeals, lockdown).',
        ),
        viewer: RoleNames.describe('Discord role names whose members may read the dashboard.'),
      })
      .strict()
      .default({ admin: [], moderator: [], viewer: [] })
      .describe(
        'Dashboard roles by Discord role name; a member with several gets the highest. The guild owner is always admin.',
      ),
    sessionTtl: Duration.prefault('7d').describe('How long a dashboard sign-in lasts before signing in again.'),
    roleRefresh: Duration.prefault('5m').describe(
      "How often a signed-in user's Discord roles are checked again (a member who left or lost the role loses access).",
    ),
    allowEveryone: z
      .boolean()
      .default(false)
      .describe('Let members with none of the roles in as viewers; off, they are refused with a page saying why.'),
  })
  .strict()
  .optional()
  .describe(
    'Dashboard sign-in: which Discord roles give which dashboard role. Left out (or with no roles listed), only the guild owner gets in.',
  );

/** The parsed `dashboard:` section (undefined when left out: the defaults apply). */
export type DashboardConfig = z.infer<typeof DashboardConfig>;

/** The dashboard settings in force. */
export interface DashboardSettings {
  roles: { admin: string[]; moderator: string[]; viewer: string[] };
  /** Milliseconds. */
  sessionTtl: number;
  /** Milliseconds. */
  roleRefresh: number;
  allowEveryone: boolean;
}

/**
 * The dashboard settings in force: the section's, or the defaults when it was left out.
 * @param section - the parsed `dashboard:` section, if any
 */
export function dashboardSettings(section: DashboardConfig | undefined): DashboardSettings {
  return (
    section ?? {
      roles: { admin: [], moderator: [], viewer: [] },
      sessionTtl: DEFAULT_SESSION_TTL_MS,
      roleRefresh: DEFAULT_ROLE_REFRESH_MS,
      allowEveryone: false,
    }
  );
}
